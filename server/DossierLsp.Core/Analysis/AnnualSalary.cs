using DossierLsp.Core.Values;

namespace DossierLsp.Core.Analysis;

/// <summary>
/// A salary as a yearly amount in the profile's currency, with what it states (range, floor or ceiling; base or
/// total) and <see cref="Description"/>, the reading and conversion as messages show it
/// (<c>$65–$80/hr × 2,080 h ≈ $135k–$166k a year</c>, <c>€70k a year ≈ $76k at 1.09</c>).
/// </summary>
public sealed record AnnualSalary(decimal Minimum, decimal Maximum, string Currency, SalaryBound Bound, PayBasis Basis, decimal? TotalCompensation, string Description)
{
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
