using DossierLsp.Core.Values;

namespace DossierLsp.Core.Analysis;

/// <summary>
/// A salary as a yearly amount in the profile's currency, with what it states (range, floor or ceiling; base or
/// total) and what it was converted from: the <paramref name="Reading"/> of the value, one unit of its currency in
/// the profile's (<paramref name="Rate"/>) and the profile's hours a year.
/// </summary>
public sealed record AnnualSalary(
    decimal Minimum,
    decimal Maximum,
    string Currency,
    SalaryBound Bound,
    PayBasis Basis,
    decimal? TotalCompensation,
    MoneyParseResult Reading,
    decimal Rate,
    decimal HoursPerYear)
{
    /// <summary>
    /// The reading and conversion as messages show it (<c>$65–$80/hr × 2,080 h ≈ $135k–$166k a year</c>,
    /// <c>€70k a year ≈ $76k at 1.09</c>); written when a message asks for it, since most files need none.
    /// </summary>
    public string Description => SalaryReading.DescribeConversion(this);

    /// <summary>Where the salary stands against <paramref name="minimum"/>; the bound decides what can be known.</summary>
    public SalaryVerdict Against(decimal minimum) => Bound switch
    {
        SalaryBound.Floor => Minimum >= minimum ? SalaryVerdict.Meets : SalaryVerdict.MayBeBelow,
        SalaryBound.Ceiling => Maximum < minimum ? SalaryVerdict.Below : SalaryVerdict.MayBeBelow,
        _ => Maximum < minimum ? SalaryVerdict.Below : Minimum >= minimum ? SalaryVerdict.Meets : SalaryVerdict.MayBeBelow,
    };
}

public enum SalaryVerdict
{
    /// <summary>Even the most the job pays is below the minimum.</summary>
    Below,
    /// <summary>The pay could land on either side: a range around the minimum, a floor below it, a ceiling above it.</summary>
    MayBeBelow,
    /// <summary>Even the least the job pays reaches the minimum.</summary>
    Meets,
}
