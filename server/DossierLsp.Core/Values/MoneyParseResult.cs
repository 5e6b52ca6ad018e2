namespace DossierLsp.Core.Values;

/// <summary>The outcome of <see cref="MoneyParser.Parse"/>.</summary>
/// <param name="Currency">
/// ISO 4217 code, or null when the value names no currency. A bare <c>$</c> gives <c>USD</c> and a bare <c>¥</c>
/// gives <c>JPY</c>, but with <paramref name="CurrencyExplicit"/> false, since both symbols are shared.
/// </param>
/// <param name="Minimum">The lower amount, in <paramref name="Period"/> units; equals <paramref name="Maximum"/> for a single amount.</param>
/// <param name="Period">The period the amounts are paid per; <see cref="PayPeriod.Year"/> when none is written.</param>
/// <param name="CurrencyExplicit">True when the value names its currency unambiguously (a code, <c>£</c>, <c>€</c>, <c>US$</c>, <c>CA$</c>, ...).</param>
/// <param name="Error">Why the value is <see cref="MoneyStatus.Unparseable"/>; otherwise null.</param>
public sealed record MoneyParseResult(
    MoneyStatus Status,
    string? Currency,
    decimal Minimum,
    decimal Maximum,
    PayPeriod Period,
    bool CurrencyExplicit,
    string? Error)
{
    /// <summary>Whether the amounts are a range (or one amount), only a floor, or only a ceiling.</summary>
    public SalaryBound Bound { get; init; } = SalaryBound.Range;

    /// <summary>What the amounts are: a plain salary, base pay, total compensation or on-target earnings.</summary>
    public PayBasis Basis { get; init; } = PayBasis.Salary;

    /// <summary>The total compensation the value also gives beside a base (<c>TC $310k (base $190k)</c>), in <see cref="Period"/> units.</summary>
    public decimal? TotalCompensation { get; init; }

    /// <summary>
    /// True when a number was read through a separator that could have been meant otherwise (<c>55.000</c>,
    /// <c>1,5</c>, <c>70 000</c>): such a reading far below the candidate's minimum is more likely a misreading.
    /// </summary>
    public bool SplitNumber { get; init; }

    public decimal AnnualMinimum(decimal hoursPerYear) => Annualize(Minimum, hoursPerYear);

    public decimal AnnualMaximum(decimal hoursPerYear) => Annualize(Maximum, hoursPerYear);

    /// <summary>How many of <see cref="Period"/> make a year: hours from the profile, 5-day weeks (8 hours a day), 52 weeks.</summary>
    public static decimal PeriodsPerYear(PayPeriod period, decimal hoursPerYear) => period switch
    {
        PayPeriod.Hour => hoursPerYear,
        PayPeriod.Day => hoursPerYear / 8m,
        PayPeriod.Week => 52m,
        PayPeriod.Month => 12m,
        _ => 1m,
    };

    private decimal Annualize(decimal amount, decimal hoursPerYear) => amount * PeriodsPerYear(Period, hoursPerYear);
}
