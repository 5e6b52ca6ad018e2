using System.Globalization;
using System.Text.RegularExpressions;
using DossierLsp.Core.Config;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Values;

/// <summary>Reads the dates people write in dossiers. Pure, culture-invariant and never throws.</summary>
internal static partial class DateParser
{
    private const string UnrecognizedError = "not a date; expected a date such as 2024-05-01 or May 1, 2024";

    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    // [0-9] rather than \d: \d also matches non-ASCII digits, which int.Parse would reject.
    // Every pattern is anchored with \G so it matches only where the value's text begins.
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    // "Tuesday, ", "Tue ", "Thurs. ": a weekday before a named date is read past (the date itself decides).
    [GeneratedRegex(
        @"\G(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?i:day|nesday|sday|urday)?\.?,?\s+", Options, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex Weekday { get; }

    [GeneratedRegex(
        @"\G([A-Za-z]+)\.?\s+([0-9]{1,2})(?i:st|nd|rd|th)?(?:\s*,\s*|\s+)([0-9]{4})", Options, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex MonthFirst { get; }

    [GeneratedRegex(
        @"\G([0-9]{1,2})(?i:st|nd|rd|th)?\.?\s+(?i:of\s+)?([A-Za-z]+)\.?,?\s+([0-9]{4})", Options, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex DayFirst { get; }

    // Month and year only: "May 2024", "Sept. 2024", "2024-05".
    [GeneratedRegex(@"\G([A-Za-z]+)\.?,?\s+([0-9]{4})", Options, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex NamedMonthYear { get; }
    [GeneratedRegex(@"\G([0-9]{4})-([0-9]{1,2})(?![-/.0-9])", Options, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex IsoMonthYear { get; }

    public static DateParseResult Parse(string value, DateOrder order)
    {
        try
        {
            return ParseValue(value, order);
        }
        catch (RegexMatchTimeoutException)
        {
            // The patterns are anchored and linear, so only a pathological value gets here; it is still an answer, not a crash.
            return Unrecognized($"could not be read as a date within {BoundedRegex.TimeoutMilliseconds} ms; expected a date such as 2024-05-01");
        }
    }

    private static DateParseResult ParseValue(string value, DateOrder order)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return new(DateStatus.Empty, default, DateFormat.Iso, 0, null);
        }

        var start = 0;
        while (char.IsWhiteSpace(value[start]))
        {
            start++;
        }

        if (!char.IsAsciiDigit(value[start]))
        {
            return ParseNamed(value, MayStartWeekday(value[start]) && Weekday.MatchLength(value, start) is var weekday and >= 0 ? start + weekday : start);
        }

        if (!MayStartNumericDate(value.AsSpan(start)))
        {
            return NotADate;
        }

        // "2024-05-01": four digits, a separator, one or two digits, the same separator, one or two digits.
        if (Digits(value, start, 4, 4) is var year and > 0 && NumericRest(value, start + year, 2) is { } iso)
        {
            return Build(value, iso.End, DateFormat.Iso, Int(value, start, year), Int(value, iso.Second), Int(value, iso.Third));
        }

        // "05/01/2024": one or two digits, a separator, one or two digits, the same separator, four digits or else two
        // (four first, so "2024" is never read as "20" plus junk).
        if (Digits(value, start, 1, 2) is var first and > 0 && NumericRest(value, start + first, 4) is { } num)
        {
            return BuildNumeric(value, (start, first), num, order);
        }

        if (IsoMonthYear.MatchLength(value, start) is var isoMonth and >= 0)
        {
            // Four digits, a dash, the month.
            return BuildMonth(value, start + isoMonth, Int(value, start, 4), Int(value, start + 5, isoMonth - 5));
        }

        return ParseNamed(value, start);
    }

    /// <summary>Formats <paramref name="date"/>; <see cref="DateFormat.Numeric"/> is written month first.</summary>
    public static string Format(DateOnly date, DateFormat format) => Format(date, format, DateOrder.MonthDayYear);

    /// <summary>Formats <paramref name="date"/>; <paramref name="order"/> only matters for <see cref="DateFormat.Numeric"/>.</summary>
    public static string Format(DateOnly date, DateFormat format, DateOrder order)
    {
        var inv = CultureInfo.InvariantCulture;
        var month = MonthNames[date.Month - 1];
        return format switch
        {
            DateFormat.MonthNameDayYear => string.Create(inv, $"{month} {date.Day}, {date.Year}"),
            DateFormat.DayMonthNameYear => string.Create(inv, $"{date.Day} {month} {date.Year}"),
            DateFormat.Numeric when order == DateOrder.DayMonthYear => date.ToString("dd/MM/yyyy", inv),
            DateFormat.Numeric => date.ToString("MM/dd/yyyy", inv),
            DateFormat.Dotted => date.ToString("dd.MM.yyyy", inv),
            DateFormat.MonthYear => string.Create(inv, $"{month} {date.Year}"),
            _ => date.ToString("yyyy-MM-dd", inv),
        };
    }

    private static DateParseResult ParseNamed(string value, int start)
    {
        if (start < value.Length && char.IsAsciiDigit(value[start]))
        {
            return DayFirst.MatchLength(value, start) is var dmy and >= 0 && MonthNumber(MonthBeforeYear(value, start + dmy)) is { } named
                ? Build(value, start + dmy, DateFormat.DayMonthNameYear, YearAt(value, start + dmy), named, Int(value, start, Digits(value, start, 1, 2)))
                : NotADate;
        }

        // Otherwise the date starts with its month ("May 1, 2024", "May 2024"): a first word that names no month, as in
        // most list items the summary looks at, is no date, and no pattern needs to see it.
        if (MonthNumber(LeadingLetters(value, start)) is not { } month)
        {
            return NotADate;
        }

        if (MonthFirst.MatchLength(value, start) is var mdy and >= 0)
        {
            return Build(value, start + mdy, DateFormat.MonthNameDayYear, YearAt(value, start + mdy), month, DayAfterMonth(value, start));
        }

        return NamedMonthYear.MatchLength(value, start) is var my and >= 0
            ? BuildMonth(value, start + my, YearAt(value, start + my), month)
            : NotADate;
    }

    /// <summary>
    /// Whether the digits <paramref name="text"/> starts with can begin any date pattern: every one reads at most 4 digits and
    /// then a separator, a space or an ordinal suffix. "2+ years of experience", as most numbered list items read, cannot.
    /// </summary>
    public static bool MayStartNumericDate(ReadOnlySpan<char> text)
    {
        int end = text.IndexOfAnyExceptInRange('0', '9');
        return end is >= 0 and <= 4 && (text[end] is '-' or '/' or '.' || char.IsWhiteSpace(text[end]) || char.IsLetter(text[end]));
    }

    // The weekday pattern is asked only where a weekday could start ("[TBD]", "January" cannot); past ASCII, it decides.
    private static bool MayStartWeekday(char c) => c > '\u007F' || "mtwfs".Contains(char.ToLowerInvariant(c), StringComparison.Ordinal);

    /// <summary>The ASCII letters at <paramref name="start"/>: the word the month patterns read as the month.</summary>
    private static ReadOnlySpan<char> LeadingLetters(string value, int start)
    {
        int end = start;
        while (end < value.Length && char.IsAsciiLetter(value[end]))
        {
            end++;
        }
        return value.AsSpan(start, end - start);
    }

    /// <summary>
    /// After a date's first number at <paramref name="at"/>: a separator (<c>-</c>, <c>/</c> or <c>.</c>), one or two
    /// digits, the same separator, and the last number (one or two digits, or with <paramref name="lastDigits"/> 4, four
    /// digits or else two); the digits are ASCII, as int.Parse reads them.
    /// </summary>
    private static (char Separator, (int Start, int Length) Second, (int Start, int Length) Third, int End)? NumericRest(string value, int at, int lastDigits)
    {
        if (at >= value.Length || value[at] is not ('-' or '/' or '.') || Digits(value, at + 1, 1, 2) is not (> 0 and var second)
            || at + 1 + second >= value.Length || value[at + 1 + second] != value[at])
        {
            return null;
        }
        int third = at + 2 + second;
        int length = lastDigits == 4 ? (Digits(value, third, 4, 4) is > 0 ? 4 : Digits(value, third, 2, 2)) : Digits(value, third, 1, 2);
        return length > 0 ? (value[at], (at + 1, second), (third, length), third + length) : null;
    }

    /// <summary>How many ASCII digits (at most <paramref name="max"/>) start at <paramref name="at"/>, or 0 when fewer than <paramref name="min"/>.</summary>
    private static int Digits(string value, int at, int min, int max)
    {
        int count = 0;
        while (count < max && at + count < value.Length && char.IsAsciiDigit(value[at + count]))
        {
            count++;
        }
        return count >= min ? count : 0;
    }

    private static DateParseResult BuildNumeric(string value, (int Start, int Length) firstDigits, (char Separator, (int Start, int Length) Second, (int Start, int Length) Third, int End) rest, DateOrder order)
    {
        if (rest.Third.Length == 2)
        {
            return Unrecognized("two-digit year; write the full year, e.g. 05/01/2024");
        }

        // Dotted dates are day first in every country that writes them; slashes and dashes follow the config.
        var dotted = rest.Separator == '.';
        var dayFirst = dotted || order == DateOrder.DayMonthYear;
        var first = Int(value, firstDigits);
        var second = Int(value, rest.Second);
        var year = Int(value, rest.Third);
        var month = dayFirst ? second : first;
        var result = Build(value, rest.End, dotted ? DateFormat.Dotted : DateFormat.Numeric, year, month, dayFirst ? first : second);

        // A month over 12 is most often a date written in the other order; say how we read it.
        if (result.Status == DateStatus.Impossible && month > 12)
        {
            var how = dotted ? "dotted dates are read as day.month.year" : dayFirst ? "numeric dates are read as day/month/year" : "numeric dates are read as month/day/year";
            return result with { Error = $"{result.Error} ({how})" };
        }

        if (result.Status == DateStatus.Valid && !dotted && first != second && first <= 12 && second <= 12)
        {
            return result with { OtherReading = new DateOnly(year, dayFirst ? first : second, dayFirst ? second : first) };
        }

        return result;
    }

    private static DateParseResult BuildMonth(string value, int end, int year, int month)
    {
        var result = Build(value, end, DateFormat.MonthYear, year, month, 1);
        return result with { Precision = DatePrecision.Month };
    }

    private static DateParseResult Build(string value, int end, DateFormat format, int year, int month, int day)
    {
        // Anything may follow a date as a note ("via LinkedIn", "(estimated)", "— referral") after a space or an opening
        // bracket, ";" or ","; anything else right after it ("2024-05-01-02", "2024-05-01T10:00") is not a date we know.
        if (end < value.Length && !char.IsWhiteSpace(value[end]) && value[end] is not ('(' or '[' or ';' or ','))
        {
            return Unrecognized($"unexpected text right after the date: '{value[end..].Trim()}'; put a space before a note, e.g. May 1, 2024 (estimated)");
        }

        if (year < 1)
        {
            return new(DateStatus.Impossible, default, format, end, $"year {year} is out of range");
        }

        if (month is < 1 or > 12)
        {
            return new(DateStatus.Impossible, default, format, end, $"there is no month {month}");
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return new(DateStatus.Impossible, default, format, end, $"{MonthNames[month - 1]} {year} has no day {day}");
        }

        return new(DateStatus.Valid, new DateOnly(year, month, day), format, end, null);
    }

    // The parts of a matched date, found from its ends rather than through the match's groups (which allocate):
    // every named pattern ends with the year's four digits after a space, MonthFirst's day is the digits after the
    // month (and its '.' and spaces), and DayFirst's month is the word before the year (and its ".," and spaces).
    private static int YearAt(string value, int end) => Int(value, end - 4, 4);

    private static int DayAfterMonth(string value, int start)
    {
        var at = start + LeadingLetters(value, start).Length;
        if (value[at] == '.')
        {
            at++;
        }
        while (char.IsWhiteSpace(value[at]))
        {
            at++;
        }
        return Int(value, at, Digits(value, at, 1, 2));
    }

    private static ReadOnlySpan<char> MonthBeforeYear(string value, int end)
    {
        var wordEnd = end - 4;
        while (char.IsWhiteSpace(value[wordEnd - 1]))
        {
            wordEnd--;
        }
        if (value[wordEnd - 1] == ',')
        {
            wordEnd--;
        }
        if (value[wordEnd - 1] == '.')
        {
            wordEnd--;
        }
        var wordStart = wordEnd;
        while (char.IsAsciiLetter(value[wordStart - 1]))
        {
            wordStart--;
        }
        return value.AsSpan(wordStart, wordEnd - wordStart);
    }

    // The digits hold at most 4 ASCII digits, so these cannot fail or overflow.

    private static int Int(string value, (int Start, int Length) digits) => int.Parse(value.AsSpan(digits.Start, digits.Length), CultureInfo.InvariantCulture);

    private static int Int(string value, int start, int length) => Int(value, (start, length));

    // Shared (results are immutable): most values the summary reads are no date at all.
    private static readonly DateParseResult NotADate = Unrecognized(UnrecognizedError);

    private static DateParseResult Unrecognized(string error) => new(DateStatus.Unrecognized, default, DateFormat.Iso, 0, error);

    /// <summary>1–12 for a full, 3-letter or "Sept" month name (any case); otherwise null.</summary>
    private static int? MonthNumber(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty)
        {
            return null;
        }
        // Ordinal ignore-case compares characters upper-cased: a month with another first letter is no match.
        var first = char.ToUpperInvariant(name[0]);
        for (var i = 0; i < MonthNames.Length; i++)
        {
            var full = MonthNames[i];
            if (full[0] != first)
            {
                continue;
            }
            if (name.Equals(full, StringComparison.OrdinalIgnoreCase)
                || name.Equals(full.AsSpan(0, 3), StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return name.Equals("Sept", StringComparison.OrdinalIgnoreCase) ? 9 : null;
    }
}
