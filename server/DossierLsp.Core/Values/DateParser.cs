using System.Globalization;
using System.Text.RegularExpressions;
using DossierLsp.Core.Config;

namespace DossierLsp.Core.Values;

public enum DateStatus { Valid, Empty, Impossible, Unrecognized }

/// <summary>How a date was written: <c>2024-05-01</c>, <c>May 1, 2024</c>, <c>1 May 2024</c>, <c>05/01/2024</c>.</summary>
public enum DateFormat { Iso, MonthNameDayYear, DayMonthNameYear, Numeric }

/// <summary>A parsed date value. <see cref="DateLength"/> is how many characters of the input the date takes, before any note.</summary>
public sealed record DateParseResult(DateStatus Status, DateOnly Date, DateFormat Format, int DateLength, string? Error);

/// <summary>Reads the date forms people write in dossiers, with an optional trailing note such as <c>(estimated)</c>.</summary>
public static class DateParser
{
    private const string Expected = "expected a date such as 2024-05-01 or May 1, 2024";

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    // Digits are [0-9], not \d: \d also matches other scripts' digits, which int.Parse then rejects.
    // The date, then nothing or a note: "(…)", " - …", "; …", ", …".
    private const string Note = @"(?=\s*$|\s*[(;,]|\s+-\s)";

    private static readonly Regex Iso = new(@"^\s*(?<y>[0-9]{4})[-/](?<m>[0-9]{1,2})[-/](?<d>[0-9]{1,2})" + Note, RegexOptions.CultureInvariant);
    private static readonly Regex MonthFirst = new(@"^\s*(?<month>[A-Za-z]{3,9})\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<y>[0-9]{4})" + Note, RegexOptions.CultureInvariant);
    private static readonly Regex DayFirst = new(@"^\s*(?<d>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?<month>[A-Za-z]{3,9})\.?,?\s+(?<y>[0-9]{4})" + Note, RegexOptions.CultureInvariant);
    private static readonly Regex Numeric = new(@"^\s*(?<a>[0-9]{1,2})[/.](?<b>[0-9]{1,2})[/.](?<y>[0-9]{4})" + Note, RegexOptions.CultureInvariant);

    public static DateParseResult Parse(string value, DateOrder order)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return new DateParseResult(DateStatus.Empty, default, DateFormat.Iso, 0, null);
        }
        if (Iso.Match(value) is { Success: true } iso)
        {
            return Build(iso, Int(iso, "y"), Int(iso, "m"), Int(iso, "d"), DateFormat.Iso);
        }
        if (MonthFirst.Match(value) is { Success: true } monthFirst && Month(monthFirst.Groups["month"].Value) is int m1)
        {
            return Build(monthFirst, Int(monthFirst, "y"), m1, Int(monthFirst, "d"), DateFormat.MonthNameDayYear);
        }
        if (DayFirst.Match(value) is { Success: true } dayFirst && Month(dayFirst.Groups["month"].Value) is int m2)
        {
            return Build(dayFirst, Int(dayFirst, "y"), m2, Int(dayFirst, "d"), DateFormat.DayMonthNameYear);
        }
        if (Numeric.Match(value) is { Success: true } numeric)
        {
            int a = Int(numeric, "a"), b = Int(numeric, "b");
            return order == DateOrder.MonthDayYear
                ? Build(numeric, Int(numeric, "y"), a, b, DateFormat.Numeric)
                : Build(numeric, Int(numeric, "y"), b, a, DateFormat.Numeric);
        }
        return new DateParseResult(DateStatus.Unrecognized, default, DateFormat.Iso, 0, $"not a date; {Expected}");
    }

    public static string Format(DateOnly date, DateFormat format, DateOrder order = DateOrder.MonthDayYear) => format switch
    {
        DateFormat.MonthNameDayYear => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
        DateFormat.DayMonthNameYear => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        DateFormat.Numeric => date.ToString(order == DateOrder.MonthDayYear ? "MM/dd/yyyy" : "dd/MM/yyyy", CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static DateParseResult Build(Match match, int year, int month, int day, DateFormat format)
    {
        int length = match.Index + match.Length;
        if (year is < 1 or > 9999 || month is < 1 or > 12)
        {
            return new DateParseResult(DateStatus.Impossible, default, format, length, month is < 1 or > 12 ? $"there is no month {month}" : $"year {year} is out of range");
        }
        int days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            string monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
            return new DateParseResult(DateStatus.Impossible, default, format, length, $"{monthName} {year} has no day {day}");
        }
        return new DateParseResult(DateStatus.Valid, new DateOnly(year, month, day), format, length, null);
    }

    private static int Int(Match match, string group) =>
        int.TryParse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : -1;

    /// <summary>1–12 for a full month name or an abbreviation of at least three letters ("Sept" too); null otherwise.</summary>
    private static int? Month(string word)
    {
        string lower = word.ToLowerInvariant();
        for (int i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i].StartsWith(lower, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }
        return null;
    }
}
