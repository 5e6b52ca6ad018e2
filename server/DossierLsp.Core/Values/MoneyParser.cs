using System.Globalization;
using System.Text.RegularExpressions;

namespace DossierLsp.Core.Values;

/// <summary>Reads salary values such as <c>$150k–180k</c> or <c>USD 120,000-140,000 per year</c>. Pure and never throws.</summary>
public static class MoneyParser
{
    private const string GenericError = "could not read an amount; expected e.g. $150,000 - $180,000";

    // Whole values (optionally followed by a note) that say the amount is not known.
    private static readonly string[] NotStatedPhrases =
    [
        "Competitive", "Competitive salary", "Competitive pay", "Competitive compensation",
        "Not disclosed", "Undisclosed", "Not listed", "Not specified", "Not stated", "Not provided",
        "DOE", "Depends on experience", "Negotiable", "TBD", "[TBD]", "N/A", "Unknown", "-", "–", "—",
    ];

    // Codes we recognise as words; a closed list so that e.g. "DOE" after an amount is not taken for a currency.
    private const string Codes = "USD|CAD|AUD|NZD|GBP|EUR|CHF|JPY|CNY|INR|SGD|HKD|SEK|NOK|DKK|PLN|CZK|MXN|BRL|ZAR|ILS|KRW|AED";

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    // All patterns are anchored with \G and applied at a position; [0-9] because \d matches non-ASCII digits.
    private static readonly Regex PrefixCurrency = new(
        $@"\G(?:(US|CA|C|AU|A|NZ|HK|SG|S|MX|R)?\$|([£€¥₹])|({Codes})(?=\s*[0-9]))\s*", Options);

    private static readonly Regex Number = new(@"\G[0-9]+(?:[.,][0-9]+)*", Options);

    private static readonly Regex Multiplier = new(@"\G ?([kK]|[mM]{1,2})(?![A-Za-z])", Options);

    private static readonly Regex SuffixCurrency = new($@"\G\s*(?:({Codes})(?![A-Za-z])|([£€¥₹]))", Options);

    private static readonly Regex Period = new(
        @"\G(?:\s*(?:/\s*|(?i:per|an?)\s+)(?i:(hours?|hrs?|h|years?|yrs?|y|annum|months?|mos?|mths?))|\s+(?i:(hourly|annually|yearly|monthly|p\.a\.?|pa)))(?![A-Za-z])",
        Options);

    private static readonly Regex Separator = new(@"\G(?:\s*[-–—−~]\s*|\s+(?i:to)(?=\s|$)\s*)", Options);

    // What may follow the amounts: nothing, or a note such as "(bonus eligible)", "+ equity", "plus bonus", ", DOE".
    private static readonly Regex Note = new(
        @"\G(?:\s*$|\s*\.\s*$|\s*[(\[,;+*&]|\s+(?i:plus|with|and|base|incl|including|ote|doe)(?![A-Za-z])|\s+[-–—]\s+\S)",
        Options);

    private static readonly Regex CommaThousands = new(@"^[0-9]{1,3}(?:,[0-9]{3})*(?:\.[0-9]+)?$", Options);
    private static readonly Regex PlainDecimal = new(@"^[0-9]+(?:\.[0-9]+)?$", Options);
    private static readonly Regex DotThousands = new(@"^[0-9]{1,3}(?:\.[0-9]{3})+$", Options);

    // 15 integer digits times a million still fits a decimal comfortably, even after annualising.
    private const int MaxIntegerDigits = 15;

    public static MoneyParseResult Parse(string value)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            return new(MoneyStatus.Empty, null, 0m, 0m, PayPeriod.Year, false, null);
        }

        foreach (var phrase in NotStatedPhrases)
        {
            if (text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && Note.IsMatch(text, phrase.Length))
            {
                return new(MoneyStatus.NotStated, null, 0m, 0m, PayPeriod.Year, false, null);
            }
        }

        var pos = 0;
        if (ReadAmount(text, ref pos) is not { } first)
        {
            return Unparseable(GenericError);
        }

        Amount? second = null;
        if (Separator.Match(text, pos) is { Success: true } separator)
        {
            var afterSeparator = pos + separator.Length;
            second = ReadAmount(text, ref afterSeparator);
            if (second is not null)
            {
                pos = afterSeparator;
            }
        }

        if (!Note.IsMatch(text, pos))
        {
            return Unparseable(second is null && Separator.Match(text, pos) is { Success: true } dangling && pos + dangling.Length == text.Length
                ? "range is missing its upper amount; expected e.g. $150,000 - $180,000"
                : $"unexpected text after the amount: '{text[pos..].Trim()}'; put notes in parentheses, e.g. $150,000 (plus bonus)");
        }

        return Resolve(first, second ?? first, isRange: second is not null);
    }

    /// <summary>A short form for messages: <c>$135k</c>, <c>$1.25M</c>, <c>$950</c>, <c>£60k</c>, <c>CHF 60k</c>.</summary>
    public static string FormatCompact(decimal amount, string currency)
    {
        var inv = CultureInfo.InvariantCulture;
        var sign = amount < 0 ? "-" : "";
        var abs = Math.Abs(amount);
        var thousands = Math.Round(abs / 1_000m, 2, MidpointRounding.AwayFromZero);

        // Switch units on the rounded value so 999,999 becomes "1M" rather than "1000k".
        var number = abs < 1_000m ? abs.ToString(abs == decimal.Truncate(abs) ? "0" : "0.00", inv)
            : thousands < 1_000m ? thousands.ToString("0.##", inv) + "k"
            : Math.Round(abs / 1_000_000m, 2, MidpointRounding.AwayFromZero).ToString("0.##", inv) + "M";
        return sign + Symbol(currency) + number;
    }

    /// <summary>The symbol to write before an amount: <c>$</c>, <c>£</c>, <c>€</c>, <c>¥</c>, <c>₹</c>, otherwise the code and a space.</summary>
    public static string Symbol(string currency) => currency.ToUpperInvariant() switch
    {
        "USD" => "$",
        "GBP" => "£",
        "EUR" => "€",
        "JPY" => "¥",
        "INR" => "₹",
        "" => "",
        _ => currency + " ",
    };

    private static MoneyParseResult Resolve(Amount first, Amount second, bool isRange)
    {
        if (!TryMerge(first.Prefix, first.Suffix, out var currency)
            || !TryMerge(currency, second.Prefix, out currency)
            || !TryMerge(currency, second.Suffix, out currency))
        {
            return Unparseable("the value names two different currencies");
        }

        if (first.Period is { } p1 && second.Period is { } p2 && p1 != p2)
        {
            return Unparseable("the amounts have different pay periods");
        }

        // Dot thousands ("€55.000") only for euros: elsewhere "55.000" is a decimal.
        var euro = currency?.Code == "EUR";
        if (ToDecimal(second, euro, out var max) is { } secondError)
        {
            return Unparseable(secondError);
        }

        var firstMultiplier = first.Multiplier;

        // "$150-180k" means 150k to 180k, but "$900 - 1.2M" means 900 to 1.2M.
        if (isRange && first.Multiplier == 1m && second.Multiplier != 1m
            && ToDecimal(first, euro, out var bare) is null && bare * second.Multiplier <= max)
        {
            firstMultiplier = second.Multiplier;
        }

        if (ToDecimal(first with { Multiplier = firstMultiplier }, euro, out var min) is { } firstError)
        {
            return Unparseable(firstError);
        }

        if (min > max)
        {
            return Unparseable("range is reversed");
        }

        var period = first.Period ?? second.Period ?? PayPeriod.Year;
        return new(MoneyStatus.Stated, currency?.Code, min, max, period, currency?.Explicit ?? false, null);
    }

    private static string? ToDecimal(Amount amount, bool euro, out decimal result)
    {
        result = 0m;
        var raw = amount.Digits;
        string plain;
        if (euro && amount.Multiplier == 1m && DotThousands.IsMatch(raw))
        {
            plain = raw.Replace(".", "", StringComparison.Ordinal);
        }
        else if (CommaThousands.IsMatch(raw) || PlainDecimal.IsMatch(raw))
        {
            plain = raw.Replace(",", "", StringComparison.Ordinal);
        }
        else
        {
            return $"could not read the number '{raw}'; expected e.g. 150,000 or 150k";
        }

        var dot = plain.IndexOf('.', StringComparison.Ordinal);
        if ((dot < 0 ? plain.Length : dot) > MaxIntegerDigits)
        {
            return "amount is too large";
        }

        result = decimal.Parse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * amount.Multiplier;
        return null;
    }

    /// <summary>Reads one amount with its own currency marks and period, advancing <paramref name="pos"/> past it.</summary>
    private static Amount? ReadAmount(string text, ref int pos)
    {
        var at = pos;
        CurrencyMark? prefix = null;
        if (PrefixCurrency.Match(text, at) is { Success: true } symbol)
        {
            prefix = FromPrefix(symbol);
            at += symbol.Length;
        }

        var number = Number.Match(text, at);
        if (!number.Success)
        {
            return null;
        }

        at += number.Length;
        var multiplier = 1m;
        if (Multiplier.Match(text, at) is { Success: true } scale)
        {
            multiplier = char.ToLowerInvariant(scale.Groups[1].Value[0]) == 'k' ? 1_000m : 1_000_000m;
            at += scale.Length;
        }

        // A currency code and a period may follow in either order: "120000 EUR per year", "$65/hr USD".
        PayPeriod? period = null;
        CurrencyMark? suffix = null;
        for (var i = 0; i < 2; i++)
        {
            if (period is null && Period.Match(text, at) is { Success: true } per)
            {
                period = ToPeriod(per.Groups[1].Success ? per.Groups[1].Value : per.Groups[2].Value);
                at += per.Length;
            }

            if (suffix is null && SuffixCurrency.Match(text, at) is { Success: true } code)
            {
                suffix = code.Groups[1].Success ? new(code.Groups[1].Value, Explicit: true, FromCode: true) : FromSymbol(code.Groups[2].Value);
                at += code.Length;
            }
        }

        pos = at;
        return new Amount(number.Value, multiplier, prefix, suffix, period);
    }

    private static CurrencyMark FromPrefix(Match prefix)
    {
        if (prefix.Groups[3].Success)
        {
            return new(prefix.Groups[3].Value, Explicit: true, FromCode: true);
        }

        if (prefix.Groups[2].Success)
        {
            return FromSymbol(prefix.Groups[2].Value);
        }

        return prefix.Groups[1].Value switch
        {
            "" => new("USD", Explicit: false, FromCode: false),
            "US" => new("USD", Explicit: true, FromCode: false),
            "CA" or "C" => new("CAD", Explicit: true, FromCode: false),
            "AU" or "A" => new("AUD", Explicit: true, FromCode: false),
            "NZ" => new("NZD", Explicit: true, FromCode: false),
            "HK" => new("HKD", Explicit: true, FromCode: false),
            "SG" or "S" => new("SGD", Explicit: true, FromCode: false),
            "MX" => new("MXN", Explicit: true, FromCode: false),
            _ => new("BRL", Explicit: true, FromCode: false), // R$
        };
    }

    private static CurrencyMark FromSymbol(string symbol) => symbol switch
    {
        "£" => new("GBP", Explicit: true, FromCode: false),
        "€" => new("EUR", Explicit: true, FromCode: false),
        "₹" => new("INR", Explicit: true, FromCode: false),
        _ => new("JPY", Explicit: false, FromCode: false), // ¥ is also the yuan sign
    };

    /// <summary>
    /// Combines two currency marks of one value. An ambiguous symbol yields to a code ("$120k CAD" is CAD);
    /// any other disagreement ("$100 - £200") fails.
    /// </summary>
    private static bool TryMerge(CurrencyMark? a, CurrencyMark? b, out CurrencyMark? merged)
    {
        merged = (a, b) switch
        {
            (null, _) => b,
            (_, null) => a,
            ({ } x, { } y) when x.Code == y.Code => x with { Explicit = x.Explicit || y.Explicit, FromCode = x.FromCode || y.FromCode },
            ({ Explicit: false }, { FromCode: true }) => b,
            ({ FromCode: true }, { Explicit: false }) => a,
            _ => null,
        };
        return merged is not null || (a is null && b is null);
    }

    private static PayPeriod ToPeriod(string word)
    {
        var w = word.ToLowerInvariant();
        return w[0] == 'h' ? PayPeriod.Hour
            : w.StartsWith("mo", StringComparison.Ordinal) || w.StartsWith("mth", StringComparison.Ordinal) ? PayPeriod.Month
            : PayPeriod.Year;
    }

    private static MoneyParseResult Unparseable(string error) => new(MoneyStatus.Unparseable, null, 0m, 0m, PayPeriod.Year, false, error);

    /// <summary>One amount as written: raw digits (separators kept until the currency is known), multiplier, currency marks before and after, period.</summary>
    private sealed record Amount(string Digits, decimal Multiplier, CurrencyMark? Prefix, CurrencyMark? Suffix, PayPeriod? Period);

    private sealed record CurrencyMark(string Code, bool Explicit, bool FromCode);
}
