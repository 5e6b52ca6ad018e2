using DossierLsp.Core.Config;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Values;

namespace DossierLsp.Core.Analysis;

/// <summary>An annual salary range expressed in the profile's currency.</summary>
public sealed record AnnualSalary(decimal Minimum, decimal Maximum, string Currency);

/// <summary>Reads the salary field once, for the salary rules, hover and inlay hints alike.</summary>
public static class SalaryReading
{
    private static readonly string[] DollarCurrencies = ["USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN"];

    /// <summary>The salary field and its parsed value; parsed once per document (see <see cref="BoundDocument.Salary"/>).</summary>
    public static (FieldEntry Field, MoneyParseResult Money)? Read(BoundDocument document) => document.Salary;

    /// <summary>The range as a yearly amount in the profile currency; null when it is not stated or no exchange rate is known.</summary>
    public static AnnualSalary? InProfileCurrency(MoneyParseResult money, Profile profile)
    {
        if (money.Status != MoneyStatus.Stated)
        {
            return null;
        }
        string target = profile.Currency.Value;
        decimal rate = 1m;
        // A bare "$" names no particular dollar: for a Canadian or Australian profile it means their dollar.
        bool bareDollar = !money.CurrencyExplicit && money.Currency == "USD" && DollarCurrencies.Contains(target.ToUpperInvariant());
        if (money.Currency is { } currency && !bareDollar && !string.Equals(currency, target, StringComparison.OrdinalIgnoreCase))
        {
            if (!profile.ExchangeRates.TryGetValue(currency, out Sourced<decimal>? known))
            {
                return null;
            }
            rate = known.Value;
        }
        decimal hours = profile.HoursPerYear.Value;
        return new AnnualSalary(money.AnnualMinimum(hours) * rate, money.AnnualMaximum(hours) * rate, target);
    }

    /// <summary>"$135k–$166k", or one figure when the range is a single amount.</summary>
    public static string FormatRange(AnnualSalary annual) =>
        annual.Minimum == annual.Maximum
            ? Format(annual.Minimum, annual.Currency)
            : $"{Format(annual.Minimum, annual.Currency)}–{Format(annual.Maximum, annual.Currency)}";

    /// <summary>Yearly figures to the thousand ("$135k"): a salary message is no place for "$135.2k".</summary>
    public static string Format(decimal amount, string currency) =>
        MoneyParser.FormatCompact(Math.Abs(amount) >= 10_000 ? Math.Round(amount / 1000m) * 1000m : Math.Round(amount), currency);
}
