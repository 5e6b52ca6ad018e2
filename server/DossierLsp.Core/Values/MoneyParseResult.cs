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
    public decimal AnnualMinimum(decimal hoursPerYear) => Annualize(Minimum, hoursPerYear);

    public decimal AnnualMaximum(decimal hoursPerYear) => Annualize(Maximum, hoursPerYear);

    private decimal Annualize(decimal amount, decimal hoursPerYear) => Period switch
    {
        PayPeriod.Hour => amount * hoursPerYear,
        PayPeriod.Month => amount * 12m,
        _ => amount,
    };
}
