using System.Globalization;
using DossierLsp.Core.Config;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Values;

namespace DossierLsp.Core.Analysis;

/// <summary>Reads the salary field once, for the salary rules, hover and inlay hints alike.</summary>
internal static class SalaryReading
{
    private static readonly string[] DollarCurrencies = ["USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN"];

    /// <summary>The salary field and its parsed value; parsed once per document (see <see cref="BoundDocument.Salary"/>).</summary>
    public static (FieldEntry Field, MoneyParseResult Money)? Read(BoundDocument document) => document.Salary;

    /// <summary>
    /// Why a stated salary is probably misread rather than low, or null: a yearly figure under 1,000 in any currency,
    /// or, from a number read through an ambiguous separator, a tenth of the minimum or less. Such a salary is not compared.
    /// </summary>
    public static string? Misread(MoneyParseResult money, Profile profile)
    {
        if (money.Status != MoneyStatus.Stated)
        {
            return null;
        }
        decimal yearly = money.AnnualMaximum(profile.HoursPerYear.Value);
        string currency = money.Currency ?? profile.Currency.Value;
        if (yearly < 1_000m)
        {
            return $"it reads as {Written(money, currency)}{(money.Period == PayPeriod.Year ? "" : $", only {Format(yearly, currency)} a year")}, under 1,000 a year in any currency";
        }
        if (money.SplitNumber && profile.MinimumSalary is { } minimum && InProfileCurrency(money, profile, checkMisread: false) is { } annual
            && annual.Maximum <= minimum.Value / 10m)
        {
            return $"it reads as {annual.Description}, a tenth of your minimum or less; a separator in the number was probably meant otherwise";
        }
        return null;
    }

    /// <summary>The salary's currency when it differs from the profile's and the profile has no rate for it; otherwise null.</summary>
    public static string? MissingRate(MoneyParseResult money, Profile profile) =>
        money.Status == MoneyStatus.Stated && Rate(money, profile) is null ? money.Currency : null;

    /// <summary>The salary as a yearly amount in the profile currency; null when it is not stated, probably misread, or no exchange rate is known.</summary>
    public static AnnualSalary? InProfileCurrency(MoneyParseResult money, Profile profile) => InProfileCurrency(money, profile, checkMisread: true);

    /// <summary>
    /// The document's salary, as a yearly amount in the profile's currency, against the profile's minimum: the one
    /// comparison the salary rules report on; null without a minimum or a salary that can be compared.
    /// </summary>
    public static (FieldEntry Field, AnnualSalary Annual, decimal Minimum, SalaryVerdict Verdict)? AgainstMinimum(BoundDocument document)
    {
        Profile profile = document.Profile;
        if (profile.MinimumSalary is not { } minimum || Read(document) is not { } salary || document.AnnualSalary is not { } annual)
        {
            return null;
        }
        return (salary.Field, annual, minimum.Value, annual.Against(minimum.Value));
    }

    private static AnnualSalary? InProfileCurrency(MoneyParseResult money, Profile profile, bool checkMisread)
    {
        if (money.Status != MoneyStatus.Stated || Rate(money, profile) is not { } rate || (checkMisread && Misread(money, profile) is not null))
        {
            return null;
        }
        decimal hours = profile.HoursPerYear.Value;
        decimal? total = money.TotalCompensation * MoneyParseResult.PeriodsPerYear(money.Period, hours) * rate;
        return new AnnualSalary(money.AnnualMinimum(hours) * rate, money.AnnualMaximum(hours) * rate, profile.Currency.Value, money.Bound, money.Basis, total, money, rate, hours);
    }

    /// <summary>The reading and conversion of <paramref name="annual"/> as messages show it (see <see cref="AnnualSalary.Description"/>).</summary>
    public static string DescribeConversion(AnnualSalary annual)
    {
        MoneyParseResult money = annual.Reading;
        decimal rate = annual.Rate, hours = annual.HoursPerYear;
        string target = annual.Currency;
        string source = rate == 1m ? target : money.Currency!;
        decimal min = money.AnnualMinimum(hours), max = money.AnnualMaximum(hours);
        string description = money.Period == PayPeriod.Year
            ? $"{Range(min, max, source)} a year"
            : $"{Written(money, source)} × {Periods(money.Period, hours)} ≈ {Range(min, max, source)} a year";
        if (rate != 1m)
        {
            description += $" ≈ {Range(min * rate, max * rate, target)} at {rate.ToString("0.####", CultureInfo.InvariantCulture)}";
        }
        return description;
    }

    /// <summary>
    /// What the salary is, for a message: "$135k–$166k a year", "from $140k a year", "base $190k a year (total
    /// compensation $310k)", with the conversion when there was one.
    /// </summary>
    public static string Describe(AnnualSalary annual)
    {
        string bound = annual.Bound switch { SalaryBound.Floor => "from ", SalaryBound.Ceiling => "up to ", _ => "" };
        return annual.Basis switch
        {
            PayBasis.Base when annual.TotalCompensation is { } total => $"base {bound}{annual.Description} (compared by the base; total compensation {Format(total, annual.Currency)} a year)",
            PayBasis.Base => $"base {bound}{annual.Description}",
            PayBasis.TotalCompensation => $"{bound}{annual.Description} in total compensation (no base pay given)",
            PayBasis.OnTargetEarnings => $"{bound}{annual.Description} on-target earnings (including variable pay)",
            _ => bound + annual.Description,
        };
    }

    /// <summary>"your minimum of $180k", or just "your minimum" when the profile is redacted.</summary>
    public static string YourMinimum(Profile profile, decimal minimum, string currency) =>
        profile.Redacted ? "your minimum" : $"your minimum of {Format(minimum, currency)}";

    /// <summary>"$135k–$166k", or one figure when the range is a single amount.</summary>
    public static string FormatRange(AnnualSalary annual) => Range(annual.Minimum, annual.Maximum, annual.Currency);

    /// <summary>Yearly figures to the thousand ("$135k"): a salary message is no place for "$135.2k".</summary>
    public static string Format(decimal amount, string currency) =>
        MoneyFormat.Compact(Math.Abs(amount) >= 10_000 ? Math.Round(amount / 1000m) * 1000m : Math.Round(amount), currency);

    /// <summary>"$135k–$166k", or one figure when both ends are the same.</summary>
    public static string Range(decimal min, decimal max, string currency) =>
        min == max ? Format(min, currency) : $"{Format(min, currency)}–{Format(max, currency)}";

    /// <summary>The amounts as read, in their own period: "$65–$80/hr", "€5k/month", "₹25L".</summary>
    private static string Written(MoneyParseResult money, string currency)
    {
        string amounts = money.Minimum == money.Maximum
            ? MoneyFormat.Compact(money.Minimum, currency)
            : $"{MoneyFormat.Compact(money.Minimum, currency)}–{MoneyFormat.Compact(money.Maximum, currency)}";
        return money.Period switch
        {
            PayPeriod.Hour => amounts + "/hr",
            PayPeriod.Day => amounts + "/day",
            PayPeriod.Week => amounts + "/week",
            PayPeriod.Month => amounts + "/month",
            _ => amounts + " a year",
        };
    }

    private static string Periods(PayPeriod period, decimal hoursPerYear)
    {
        decimal count = MoneyParseResult.PeriodsPerYear(period, hoursPerYear);
        string unit = period switch { PayPeriod.Hour => "h", PayPeriod.Day => "days", PayPeriod.Week => "weeks", _ => "months" };
        return $"{count.ToString("#,0.##", CultureInfo.InvariantCulture)} {unit}";
    }

    /// <summary>One unit of the salary's currency in the profile's currency; 1 when they are the same; null when no rate is known.</summary>
    private static decimal? Rate(MoneyParseResult money, Profile profile)
    {
        string target = profile.Currency.Value;
        // A bare "$" names no particular dollar: for a Canadian or Australian profile it means their dollar.
        bool bareDollar = !money.CurrencyExplicit && money.Currency == "USD" && DollarCurrencies.Contains(target.ToUpperInvariant());
        if (money.Currency is not { } currency || bareDollar || string.Equals(currency, target, StringComparison.OrdinalIgnoreCase))
        {
            return 1m;
        }
        return profile.ExchangeRates.TryGetValue(currency, out Sourced<decimal>? known) ? known.Value : null;
    }
}
