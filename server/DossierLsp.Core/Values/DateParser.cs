using System.Globalization;
using System.Text.RegularExpressions;
using DossierLsp.Core.Config;

namespace DossierLsp.Core.Values;

/// <summary>Reads the dates people write in dossiers. Pure, culture-invariant and never throws.</summary>
public static class DateParser
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

    private static readonly Regex YearFirst = new(@"\G([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})", Options);

    private static readonly Regex MonthFirst = new(
        @"\G([A-Za-z]+)\.?\s+([0-9]{1,2})(?i:st|nd|rd|th)?(?:\s*,\s*|\s+)([0-9]{4})", Options);

    private static readonly Regex DayFirst = new(
        @"\G([0-9]{1,2})(?i:st|nd|rd|th)?\s+(?i:of\s+)?([A-Za-z]+)\.?,?\s+([0-9]{4})", Options);

    // The year alternative lists 4 digits first so "2024" is never read as "20" plus junk.
    private static readonly Regex Numeric = new(@"\G([0-9]{1,2})([-/.])([0-9]{1,2})\2([0-9]{4}|[0-9]{2})", Options);

    // Month and year only ("May 2024", "2024-05"): recognised only to give a better message.
    private static readonly Regex MonthYear = new(@"\G(?:([A-Za-z]+)\.?,?\s+[0-9]{4}|[0-9]{4}-[0-9]{1,2})\s*$", Options);

    // What may follow a date: nothing, or a note that starts with "(", ";" or a spaced dash.
    private static readonly Regex Note = new(@"\G(?:\s*$|\s*[(;]|\s+[-–—]\s)", Options);

    public static DateParseResult Parse(string value, DateOrder order)
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

        if (YearFirst.Match(value, start) is { Success: true } iso)
        {
            return Build(value, iso, DateFormat.Iso, Int(iso.Groups[1]), Int(iso.Groups[3]), Int(iso.Groups[4]));
        }

        if (MonthFirst.Match(value, start) is { Success: true } mdy && MonthNumber(mdy.Groups[1].Value) is { } m1)
        {
            return Build(value, mdy, DateFormat.MonthNameDayYear, Int(mdy.Groups[3]), m1, Int(mdy.Groups[2]));
        }

        if (DayFirst.Match(value, start) is { Success: true } dmy && MonthNumber(dmy.Groups[2].Value) is { } m2)
        {
            return Build(value, dmy, DateFormat.DayMonthNameYear, Int(dmy.Groups[3]), m2, Int(dmy.Groups[1]));
        }

        if (Numeric.Match(value, start) is { Success: true } num)
        {
            return BuildNumeric(value, num, order);
        }

        if (MonthYear.Match(value, start) is { Success: true } my
            && (!my.Groups[1].Success || MonthNumber(my.Groups[1].Value) is not null))
        {
            return Unrecognized("month and year only; expected a full date such as May 1, 2024");
        }

        return Unrecognized(UnrecognizedError);
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
            _ => date.ToString("yyyy-MM-dd", inv),
        };
    }

    private static DateParseResult BuildNumeric(string value, Match match, DateOrder order)
    {
        if (match.Groups[4].Length == 2)
        {
            return Unrecognized("two-digit year; write the full year, e.g. 05/01/2024");
        }

        var dayFirst = order == DateOrder.DayMonthYear;
        var first = Int(match.Groups[1]);
        var second = Int(match.Groups[3]);
        var month = dayFirst ? second : first;
        var result = Build(value, match, DateFormat.Numeric, Int(match.Groups[4]), month, dayFirst ? first : second);

        // A month over 12 is most often a date written in the other order; say how we read it.
        if (result.Status == DateStatus.Impossible && month > 12)
        {
            var how = dayFirst ? "day/month/year" : "month/day/year";
            return result with { Error = $"{result.Error} (numeric dates are read as {how})" };
        }

        return result;
    }

    private static DateParseResult Build(string value, Match match, DateFormat format, int year, int month, int day)
    {
        var end = match.Index + match.Length;
        if (!Note.IsMatch(value, end))
        {
            return Unrecognized("unexpected text after the date; put notes in parentheses, e.g. May 1, 2024 (estimated)");
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

    // Groups hold at most 4 ASCII digits, so this cannot fail or overflow.
    private static int Int(Group group) => int.Parse(group.ValueSpan, CultureInfo.InvariantCulture);

    private static DateParseResult Unrecognized(string error) => new(DateStatus.Unrecognized, default, DateFormat.Iso, 0, error);

    /// <summary>1–12 for a full, 3-letter or "Sept" month name (any case); otherwise null.</summary>
    private static int? MonthNumber(string name)
    {
        for (var i = 0; i < MonthNames.Length; i++)
        {
            var full = MonthNames[i];
            if (name.Equals(full, StringComparison.OrdinalIgnoreCase)
                || name.Equals(full[..3], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return name.Equals("Sept", StringComparison.OrdinalIgnoreCase) ? 9 : null;
    }
}
