using System.Globalization;
using System.Text.RegularExpressions;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Values;

/// <summary>A currency as a value marks it: its code, whether the mark is unambiguous, and whether it was a written code.</summary>
internal sealed record CurrencyMark(string Code, bool Explicit, bool FromCode);

/// <summary>One amount as written: raw digits (separators kept until the currency is known), multiplier, currency marks before and after, period.</summary>
internal sealed partial record MoneyAmount(string Digits, decimal Multiplier, CurrencyMark? Prefix, CurrencyMark? Suffix, PayPeriod? Period)
{
    // Codes we recognise as words; a closed list so that e.g. "DOE" after an amount is not taken for a currency.
    private const string Codes = "USD|CAD|AUD|NZD|GBP|EUR|CHF|JPY|CNY|RMB|INR|SGD|HKD|SEK|NOK|DKK|PLN|CZK|HUF|RON|MXN|BRL|ARS|CLP|COP|ZAR|ILS|KRW|AED|SAR|TRY|PHP|IDR|MYR|THB|VND|TWD|NGN|KES|EGP";

    /// <summary>The currency codes a salary may be written with, for completion where a config takes a currency.</summary>
    public static IReadOnlyList<string> KnownCurrencies { get; } = Codes.Split('|');

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    // All patterns are anchored with \G and applied at a position; [0-9] because \d matches non-ASCII digits.
    [GeneratedRegex(
        $@"\G(?:(?<dollar>US|CA|C|AU|A|NZ|HK|SG|S|MX|R)?\$|(?<symbol>[£€¥₹₩₪₱₦])|(?<word>Rs\.?|Rp)(?=\s*[0-9])|(?<code>{Codes})(?=\s*[0-9]))\s*", Options, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex PrefixCurrency { get; }

    // Longer words first: "LPA" before "L", "mm" before "m".
    [GeneratedRegex(
        @"\G[ \u00A0\u202F]?(?<m>LPA|lpa|lakhs?|Lakhs?|lacs?|Lacs?|crores?|Crores?|Cr|cr|million|Million|mil|mn|MM|mm|thousand|k|K|M|m|L)(?![A-Za-z])", Options, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex MultiplierWord { get; }

    [GeneratedRegex(
        $@"\G[ \u00A0\u202F]*(?:(?<code>{Codes})(?![A-Za-z])|(?<symbol>[£€¥₹₩₪₱₦])|(?<word>zł))", Options, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex SuffixCurrency { get; }

    [GeneratedRegex(
        @"\G(?:\s*(?:/\s*|(?i:per|an?|each)\s+)(?i:(?<unit>hours?|hrs?|h|days?|d|weeks?|wks?|w|years?|yrs?|yr|y|annum|months?|mos?|mths?|m))|\s*(?i:(?<word>hourly|daily|weekly|monthly|annually|annual|yearly|p\.\s?a\.?|pa|p\.\s?m\.?|pcm|p\.\s?w\.?|p\.\s?h\.?|p\.\s?d\.?)))(?![A-Za-z])", Options, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex PeriodWord { get; }

    // Where "55.000" means fifty-five thousand (elsewhere it is a decimal); several dots are thousands everywhere.
    private static readonly HashSet<string> DotThousandsCurrencies =
        ["EUR", "BRL", "ARS", "CLP", "COP", "DKK", "NOK", "IDR", "TRY", "VND", "CHF", "PLN", "CZK", "HUF", "RON"];

    // 15 integer digits times a crore still fits a decimal comfortably, even after annualising.
    private const int MaxIntegerDigits = 15;

    /// <summary>Reads one amount with its own currency marks and period at <paramref name="pos"/>, advancing past it.</summary>
    public static MoneyAmount? Read(string text, ref int pos)
    {
        var at = pos;
        CurrencyMark? prefix = null;
        if (PrefixLength(text, at) is var prefixLength and >= 0)
        {
            // The mark without the spaces after it (\s is char.IsWhiteSpace).
            prefix = FromPrefix(text.AsSpan(at, prefixLength).TrimEnd());
            at += prefixLength;
        }

        var numberLength = NumberLength(text, at);
        if (numberLength < 0)
        {
            return null;
        }

        var digits = text.Substring(at, numberLength);
        at += numberLength;
        var multiplier = 1m;
        PayPeriod? period = null;
        if (MultiplierLength(text, at) is var scale and >= 0)
        {
            // The word without the one space before it.
            (multiplier, period) = ToMultiplier(text.AsSpan(at, scale).TrimStart(" \u00A0\u202F"));
            at += scale;
        }

        // A currency code and a period may follow in either order: "120000 EUR per year", "$65/hr USD".
        CurrencyMark? suffix = null;
        for (var i = 0; i < 2; i++)
        {
            // A second round can only find what the first made reachable: with nothing read, it would ask the same again.
            var roundStart = at;
            if (period is null && MayStartPeriod(text, at) && PeriodWord.MatchLength(text, at) is var per and >= 0)
            {
                period = ToPeriod(PeriodUnit(text.AsSpan(at, per)).ToString());
                at += per;
            }

            if (suffix is null && MayStartSuffix(text, at) && SuffixCurrency.MatchLength(text, at) is var code and >= 0)
            {
                // A code (three letters), "zł" or a symbol, after spaces.
                ReadOnlySpan<char> mark = text.AsSpan(at, code).TrimStart(" \u00A0\u202F");
                suffix = mark is "zł" ? new("PLN", Explicit: true, FromCode: false) : mark.Length == 1 ? FromSymbol(mark[0]) : FromCode(mark.ToString());
                at += code;
            }

            if (at == roundStart)
            {
                break;
            }
        }

        pos = at;
        return new MoneyAmount(digits, multiplier, prefix, suffix, period);
    }

    /// <summary>Whether an amount (a currency mark or a digit) starts at <paramref name="pos"/>.</summary>
    public static bool StartsAt(string text, int pos) =>
        IsDigitAt(text, pos) || PrefixLength(text, pos) is var prefix and >= 0 && IsDigitAt(text, pos + prefix);

    // The patterns are asked only where their first character could start them: the parsers try most positions of a
    // value, few start anything, and a regex call costs far more than the look. Past ASCII, the pattern decides.
    // A bare "$", the mark most salaries start with, is read here: the pattern would take it and the spaces after it.
    private static int PrefixLength(string text, int pos)
    {
        if (pos >= text.Length)
        {
            return -1;
        }
        if (text[pos] == '$')
        {
            var end = pos + 1;
            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                end++;
            }
            return end - pos;
        }
        return text[pos] is (>= 'A' and <= 'Z') or > '\u007F' ? PrefixCurrency.MatchLength(text, pos) : -1;
    }

    private static int MultiplierLength(string text, int pos)
    {
        var word = pos < text.Length && text[pos] is ' ' or '\u00A0' or '\u202F' ? pos + 1 : pos;
        if (word >= text.Length || text[word] is not ('L' or 'l' or 'C' or 'c' or 'M' or 'm' or 'K' or 'k' or 't'))
        {
            return -1;
        }
        // "150k", as most salaries write it, is read here: no other multiplier word starts with a k.
        if (text[word] is 'k' or 'K')
        {
            return word + 1 < text.Length && char.IsAsciiLetter(text[word + 1]) ? -1 : word + 1 - pos;
        }
        return MultiplierWord.MatchLength(text, pos);
    }

    private static bool MayStartPeriod(string text, int pos)
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos]))
        {
            pos++;
        }
        return pos < text.Length && (text[pos] is '/' or > '\u007F' || "paehdwmy".Contains(char.ToLowerInvariant(text[pos]), StringComparison.Ordinal));
    }

    private static bool MayStartSuffix(string text, int pos)
    {
        while (pos < text.Length && text[pos] is ' ' or '\u00A0' or '\u202F')
        {
            pos++;
        }
        return pos < text.Length && text[pos] is (>= 'A' and <= 'Z') or 'z' or > '\u007F';
    }

    private static bool IsDigitAt(string text, int pos) => pos < text.Length && char.IsAsciiDigit(text[pos]);

    /// <summary>
    /// The length of the number at <paramref name="pos"/>, or -1: digit groups, each after one separator. Thousands
    /// may be grouped with commas, dots, apostrophes (CHF 120'000) or spaces, including the no-break and narrow
    /// no-break spaces French and Indian typesetting use; a space groups only before exactly three digits.
    /// </summary>
    private static int NumberLength(string text, int pos)
    {
        if (!IsDigitAt(text, pos))
        {
            return -1;
        }
        var end = SkipDigits(text, pos);
        while (end < text.Length)
        {
            var afterSeparator = end + 1;
            var separates = text[end] switch
            {
                '.' or ',' or '\'' or '’' => IsDigitAt(text, afterSeparator),
                ' ' or '\u00A0' or '\u202F' => SkipDigits(text, afterSeparator) == afterSeparator + 3,
                _ => false,
            };
            if (!separates)
            {
                break;
            }
            end = SkipDigits(text, afterSeparator);
        }
        return end - pos;
    }

    private static int SkipDigits(string text, int pos)
    {
        while (IsDigitAt(text, pos))
        {
            pos++;
        }
        return pos;
    }

    /// <summary>
    /// The number as a decimal, or why it cannot be read. <paramref name="split"/> tells whether a separator was
    /// read in a way that another reader might not have (a decimal point, or grouping other than plain commas).
    /// </summary>
    public string? ToDecimal(string? currency, out decimal result, out bool split, decimal? multiplier = null)
    {
        result = 0m;
        var factor = multiplier ?? Multiplier;
        var raw = Digits;

        // One scan. Spaces and apostrophes only group digits; the dots and commas ("marks") must then form one
        // run of the same mark, optionally ended by one mark of the other kind, which is the decimal point.
        // What the run marks group (thousands, Indian lakhs) and which mark is the decimal point follow from the
        // lengths of the digit groups between the marks.
        bool grouped = false, unreadable = false;
        char runMark = '\0';
        int marks = 0, digits = 0, group = 0, firstGroup = 0, runGroups = 0, lastRunGroup = 0;
        int lastMarkAt = -1, digitsBeforeLastMark = 0;
        bool runGroupsAllThree = true, earlierRunGroupsAllTwo = true, pointRead = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
                group++;
            }
            else if (c is ' ' or '\u00A0' or '\u202F' or '\'' or '’')
            {
                grouped = true;
            }
            else if (c is '.' or ',' && group > 0 && !pointRead)
            {
                if (marks == 0)
                {
                    runMark = c;
                    firstGroup = group;
                }
                else
                {
                    CloseRunGroup(group);
                    // A mark of the other kind is the decimal point: only digits may follow it.
                    pointRead = c != runMark;
                }
                marks++;
                group = 0;
                lastMarkAt = i;
                digitsBeforeLastMark = digits;
            }
            else
            {
                // Another character, an empty digit group, or a mark after the decimal point.
                unreadable = true;
            }
        }
        unreadable |= group == 0;
        if (marks > 0 && !pointRead)
        {
            CloseRunGroup(group);
        }

        split = grouped;
        if (unreadable)
        {
            return Unreadable(raw);
        }

        int decimalAt;
        if (marks == 0 || (marks == 1 && runMark == '.'))
        {
            // "55.000" is fifty-five thousand in euros; "1.5" and "62.50" are decimals everywhere.
            var dotThousands = factor == 1m && marks == 1 && firstGroup <= 3 && lastRunGroup == 3 && currency is not null && DotThousandsCurrencies.Contains(currency);
            decimalAt = dotThousands ? -1 : lastMarkAt;
            split |= marks == 1;
        }
        else if (runMark == ',' && ((firstGroup <= 3 && runGroupsAllThree) || (runGroups >= 2 && firstGroup <= 2 && earlierRunGroupsAllTwo && lastRunGroup == 3)))
        {
            // "150,000" or "25,00,000" (lakhs), perhaps with a decimal point.
            decimalAt = pointRead ? lastMarkAt : -1;
        }
        else if (runMark == '.' && firstGroup <= 3 && runGroupsAllThree)
        {
            // "1.500.000" or "150.000,00": dots group, a comma is the decimal point.
            decimalAt = pointRead ? lastMarkAt : -1;
            split = true;
        }
        else if (marks == 1 && lastRunGroup <= 2)
        {
            // "1,5": a decimal comma.
            decimalAt = lastMarkAt;
            split = true;
        }
        else
        {
            return Unreadable(raw);
        }

        if ((decimalAt < 0 ? digits : digitsBeforeLastMark) > MaxIntegerDigits)
        {
            return "amount is too large";
        }

        if (digits <= 18)
        {
            // A long holds the digits; built with the scale of the digits after the point, as decimal.Parse keeps it ("62.50").
            long mantissa = 0;
            foreach (var c in raw)
            {
                if (char.IsAsciiDigit(c))
                {
                    mantissa = (mantissa * 10) + (c - '0');
                }
            }
            var scale = (byte)(decimalAt < 0 ? 0 : digits - digitsBeforeLastMark);
            result = new decimal((int)mantissa, (int)(mantissa >> 32), 0, isNegative: false, scale) * factor;
            return null;
        }

        Span<char> plain = raw.Length <= 64 ? stackalloc char[raw.Length] : new char[raw.Length];
        var length = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (char.IsAsciiDigit(raw[i]))
            {
                plain[length++] = raw[i];
            }
            else if (i == decimalAt)
            {
                plain[length++] = '.';
            }
        }
        result = decimal.Parse(plain[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * factor;
        return null;

        void CloseRunGroup(int length)
        {
            earlierRunGroupsAllTwo &= runGroups == 0 || lastRunGroup == 2;
            runGroupsAllThree &= length == 3;
            lastRunGroup = length;
            runGroups++;
        }
    }

    private static string Unreadable(string raw) => $"could not read the number '{raw}'; expected e.g. 150,000, 150.000 or 150k";

    private static (decimal, PayPeriod?) ToMultiplier(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return ToMultiplierLower(lower);
    }

    private static (decimal, PayPeriod?) ToMultiplierLower(ReadOnlySpan<char> word) => word switch
    {
        "k" or "thousand" => (1_000m, null),
        "lpa" => (100_000m, PayPeriod.Year),
        "l" or "lakh" or "lakhs" or "lac" or "lacs" => (100_000m, null),
        "cr" or "crore" or "crores" => (10_000_000m, null),
        _ => (1_000_000m, null), // m, mm, mn, mil, million
    };

    /// <summary>
    /// The unit of a <see cref="PeriodWord"/> match ("hr" of "/ hr", "year" of "per year") or its word ("annually",
    /// "p. a."), found without the match's groups (which allocate): only a unit follows a slash or per, a, an or each.
    /// </summary>
    private static ReadOnlySpan<char> PeriodUnit(ReadOnlySpan<char> match)
    {
        match = match.TrimStart();
        if (match[0] == '/')
        {
            return match[1..].TrimStart();
        }
        var space = 0;
        while (space < match.Length && !char.IsWhiteSpace(match[space]))
        {
            space++;
        }
        ReadOnlySpan<char> first = match[..space];
        return space < match.Length && (first.Equals("per", StringComparison.OrdinalIgnoreCase) || first.Equals("a", StringComparison.OrdinalIgnoreCase)
            || first.Equals("an", StringComparison.OrdinalIgnoreCase) || first.Equals("each", StringComparison.OrdinalIgnoreCase))
            ? match[space..].TrimStart()
            : match;
    }

    private static PayPeriod ToPeriod(string word)
    {
        var w = word.ToLowerInvariant().Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return w switch
        {
            "h" or "hr" or "hrs" or "hour" or "hours" or "hourly" or "ph" => PayPeriod.Hour,
            "d" or "day" or "days" or "daily" or "pd" => PayPeriod.Day,
            "w" or "wk" or "wks" or "week" or "weeks" or "weekly" or "pw" => PayPeriod.Week,
            "m" or "mo" or "mos" or "mth" or "mths" or "month" or "months" or "monthly" or "pm" or "pcm" => PayPeriod.Month,
            _ => PayPeriod.Year,
        };
    }

    private static CurrencyMark FromCode(string code) => new(code == "RMB" ? "CNY" : code, Explicit: true, FromCode: true);

    // The alternatives of PrefixCurrency: a dollar ("$", "US$", "R$"…), a symbol, "Rs"/"Rs."/"Rp", or a code.
    private static CurrencyMark FromPrefix(ReadOnlySpan<char> prefix)
    {
        if (prefix is "Rs" or "Rs." or "Rp")
        {
            return new(prefix[1] == 's' ? "INR" : "IDR", Explicit: true, FromCode: false);
        }

        if (prefix[^1] != '$')
        {
            return prefix.Length == 1 ? FromSymbol(prefix[0]) : FromCode(prefix.ToString());
        }

        return prefix[..^1] switch
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

    private static CurrencyMark FromSymbol(char symbol) => symbol switch
    {
        '£' => new("GBP", Explicit: true, FromCode: false),
        '€' => new("EUR", Explicit: true, FromCode: false),
        '₹' => new("INR", Explicit: true, FromCode: false),
        '₩' => new("KRW", Explicit: true, FromCode: false),
        '₪' => new("ILS", Explicit: true, FromCode: false),
        '₱' => new("PHP", Explicit: true, FromCode: false),
        '₦' => new("NGN", Explicit: true, FromCode: false),
        _ => new("JPY", Explicit: false, FromCode: false), // ¥ is also the yuan sign
    };
}
