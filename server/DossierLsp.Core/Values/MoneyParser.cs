using System.Globalization;
using System.Text.RegularExpressions;

namespace DossierLsp.Core.Values;

public enum MoneyStatus { Stated, NotStated, Empty, Unparseable }

public enum PayPeriod { Year, Month, Hour }

/// <summary>
/// A salary value: a range (or single amount, Minimum == Maximum) per <see cref="Period"/>.
/// <see cref="Currency"/> is an ISO code, or null when the value names none.
/// </summary>
public sealed record MoneyParseResult(MoneyStatus Status, string? Currency, decimal Minimum, decimal Maximum, PayPeriod Period, bool CurrencyExplicit, string? Error)
{
    public decimal AnnualMinimum(decimal hoursPerYear) => Annualise(Minimum, hoursPerYear);

    public decimal AnnualMaximum(decimal hoursPerYear) => Annualise(Maximum, hoursPerYear);

    private decimal Annualise(decimal amount, decimal hoursPerYear) => Period switch
    {
        PayPeriod.Hour => amount * hoursPerYear,
        PayPeriod.Month => amount * 12,
        _ => amount,
    };
}

/// <summary>Reads salary values as postings write them: <c>$150K - $180K</c>, <c>USD 120,000-140,000 per year</c>, <c>$65/hr</c>, <c>Competitive</c>…</summary>
public static class MoneyParser
{
    private const string Expected = "expected an amount or range such as $150,000 - $180,000, $150k–$180k or $65/hr";

    private static readonly string[] IsoCodes =
        ["USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "JPY", "INR", "SGD", "HKD", "SEK", "NOK", "DKK", "PLN", "CZK", "ZAR", "BRL", "MXN", "CNY", "ILS", "AED"];

    private static readonly (string Symbol, string Code)[] Symbols =
        [("US$", "USD"), ("CA$", "CAD"), ("C$", "CAD"), ("AU$", "AUD"), ("A$", "AUD"), ("NZ$", "NZD"), ("HK$", "HKD"), ("S$", "SGD"), ("$", "USD"), ("£", "GBP"), ("€", "EUR"), ("¥", "JPY"), ("₹", "INR")];

    private static readonly string[] NotStatedWords =
        ["competitive", "not disclosed", "undisclosed", "not listed", "not specified", "not stated", "not provided", "doe", "depends on experience",
         "negotiable", "tbd", "[tbd]", "n/a", "na", "unknown", "-", "—", "?"];

    private static readonly string CurrencyPrefix = "(?<cur>US\\$|CA\\$|C\\$|AU\\$|A\\$|NZ\\$|HK\\$|S\\$|\\$|£|€|¥|₹|(?:" + string.Join('|', IsoCodes) + ")\\s?)";
    private static readonly string CurrencySuffix = "(?:\\s?(?<curs>" + string.Join('|', IsoCodes) + ")\\b)";
    private const string Number = @"(?<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<dec>\d+))?\s?(?<mul>[kKmM](?![a-zA-Z]))?";
    private const string Period = @"(?:\s*(?:/\s*|per\s+|an?\s+|\s)(?<per>hours?|hrs?|h|years?|yrs?|annum|months?|mos?)\b|\s*(?<per>hourly|annually|yearly|monthly|p\.a\.))";

    private static readonly Regex Amount = new(
        $@"\G\s*{CurrencyPrefix}?\s*{Number}{CurrencySuffix}?{Period}?",
        RegexOptions.CultureInvariant);

    private static readonly Regex Separator = new(@"\G\s*(?:-|–|—|to)\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex TrailingPeriodOrCurrency = new($@"\G(?:{CurrencySuffix}|{Period})", RegexOptions.CultureInvariant);

    // What may follow the amounts: a note, not another number.
    private static readonly Regex Note = new(@"^\s*(?:$|[(+,;]|-\s|—\s|–\s|[A-Za-z])", RegexOptions.CultureInvariant);

    public static MoneyParseResult Parse(string value)
    {
        string text = value.Trim();
        if (text.Length == 0)
        {
            return new MoneyParseResult(MoneyStatus.Empty, null, 0, 0, PayPeriod.Year, false, null);
        }
        if (IsNotStated(text))
        {
            return new MoneyParseResult(MoneyStatus.NotStated, null, 0, 0, PayPeriod.Year, false, null);
        }

        if (ReadAmount(text, 0) is not { } first)
        {
            return Unparseable($"could not read an amount; {Expected}");
        }
        int position = first.End;
        Part? second = null;
        if (Separator.Match(text, position) is { Success: true } separator && ReadAmount(text, separator.Index + separator.Length) is { } next)
        {
            second = next;
            position = next.End;
        }
        Part last = second ?? first;
        while (TrailingPeriodOrCurrency.Match(text, position) is { Success: true, Length: > 0 } trailing)
        {
            last = last with { Currency = last.Currency ?? CodeOf(trailing.Groups["curs"].Value), Period = last.Period ?? PeriodOf(trailing.Groups["per"].Value) };
            position = trailing.Index + trailing.Length;
        }
        if (!Note.IsMatch(text[position..]))
        {
            return Unparseable($"could not read '{text[position..].Trim()}' after the amount; {Expected}");
        }

        string? currency = first.Currency ?? last.Currency;
        if (first.Currency is { } a && last.Currency is { } b && a != b)
        {
            return Unparseable($"the range mixes {a} and {b}");
        }
        PayPeriod period = last.Period ?? first.Period ?? PayPeriod.Year;
        decimal minimum = first.Amount * (first.Multiplier == 1 && second is { Multiplier: > 1 } ? second.Multiplier : first.Multiplier);
        decimal maximum = second is null ? minimum : second.Amount * second.Multiplier;
        if (maximum < minimum)
        {
            return Unparseable($"the range is reversed ({minimum:N0} is more than {maximum:N0})");
        }
        return new MoneyParseResult(MoneyStatus.Stated, currency, minimum, maximum, period, currency is not null, null);
    }

    /// <summary>135000 USD → "$135k"; 1250000 → "$1.25M"; 950 → "$950".</summary>
    public static string FormatCompact(decimal amount, string currency)
    {
        // Rounded to whole thousands first, so 999,999 becomes "1M" rather than "1000k"; halves round up, as "0.##" does.
        decimal thousands = Math.Round(amount / 1_000m, MidpointRounding.AwayFromZero);
        string number = Math.Abs(amount) switch
        {
            _ when Math.Abs(thousands) >= 1_000 => (amount / 1_000_000m).ToString("0.##", CultureInfo.InvariantCulture) + "M",
            >= 1_000 => thousands.ToString("0", CultureInfo.InvariantCulture) + "k",
            _ => amount.ToString("0.##", CultureInfo.InvariantCulture),
        };
        return Symbol(currency) + number;
    }

    public static string Symbol(string currency) => currency.ToUpperInvariant() switch
    {
        "USD" => "$",
        "GBP" => "£",
        "EUR" => "€",
        "JPY" => "¥",
        "INR" => "₹",
        var code => code + " ",
    };

    private sealed record Part(decimal Amount, decimal Multiplier, string? Currency, PayPeriod? Period, int End);

    private static Part? ReadAmount(string text, int start)
    {
        Match match = Amount.Match(text, start);
        if (!match.Success)
        {
            return null;
        }
        string digits = match.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal);
        string fraction = match.Groups["dec"].Success ? "." + match.Groups["dec"].Value : "";
        if (!decimal.TryParse(digits + fraction, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal amount) || digits.Length > 15)
        {
            return null;
        }
        decimal multiplier = match.Groups["mul"].Value.ToLowerInvariant() switch { "k" => 1_000m, "m" => 1_000_000m, _ => 1m };
        string? currency = CodeOf(match.Groups["cur"].Value.Trim()) ?? CodeOf(match.Groups["curs"].Value);
        PayPeriod? period = match.Groups["per"].Success ? PeriodOf(match.Groups["per"].Value) : null;
        return new Part(amount, multiplier, currency, period, match.Index + match.Length);
    }

    private static string? CodeOf(string symbolOrCode)
    {
        if (symbolOrCode.Length == 0)
        {
            return null;
        }
        foreach (var (symbol, code) in Symbols)
        {
            if (symbolOrCode == symbol)
            {
                return code;
            }
        }
        return IsoCodes.Contains(symbolOrCode) ? symbolOrCode : null;
    }

    private static PayPeriod? PeriodOf(string word) => word.ToLowerInvariant() switch
    {
        "" => null,
        var w when w.StartsWith('h') => PayPeriod.Hour,
        var w when w.StartsWith("mo", StringComparison.Ordinal) => PayPeriod.Month,
        _ => PayPeriod.Year,
    };

    private static bool IsNotStated(string text)
    {
        // "Competitive (bonus eligible)", "DOE." — the words, with any note after them.
        string head = text.Split('(')[0].Trim().TrimEnd('.', '!', ',', ';').Trim().ToLowerInvariant();
        return NotStatedWords.Contains(head) || NotStatedWords.Any(w => w.Length > 3 && head.StartsWith(w + " ", StringComparison.Ordinal));
    }

    private static MoneyParseResult Unparseable(string error) => new(MoneyStatus.Unparseable, null, 0, 0, PayPeriod.Year, false, error);
}
