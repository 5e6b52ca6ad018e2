using DossierLsp.Core.Config;
using DossierLsp.Core.Values;

namespace DossierLsp.Core.Tests.Values;

public sealed class DateParserTests
{
    [Theory]
    [InlineData("2024-05-01", 2024, 5, 1, DateFormat.Iso)]
    [InlineData("2024/05/01", 2024, 5, 1, DateFormat.Iso)]
    [InlineData("2024-5-1", 2024, 5, 1, DateFormat.Iso)]
    [InlineData("May 1, 2024", 2024, 5, 1, DateFormat.MonthNameDayYear)]
    [InlineData("May 01 2024", 2024, 5, 1, DateFormat.MonthNameDayYear)]
    [InlineData("Apr 30, 2024", 2024, 4, 30, DateFormat.MonthNameDayYear)]
    [InlineData("Apr. 30, 2024", 2024, 4, 30, DateFormat.MonthNameDayYear)]
    [InlineData("Sept 3, 2024", 2024, 9, 3, DateFormat.MonthNameDayYear)]
    [InlineData("september 3rd, 2024", 2024, 9, 3, DateFormat.MonthNameDayYear)]
    [InlineData("1 May 2024", 2024, 5, 1, DateFormat.DayMonthNameYear)]
    [InlineData("21st June 2024", 2024, 6, 21, DateFormat.DayMonthNameYear)]
    [InlineData("2024-02-29", 2024, 2, 29, DateFormat.Iso)]
    public void Reads_every_written_form(string text, int year, int month, int day, DateFormat format)
    {
        DateParseResult result = DateParser.Parse(text, DateOrder.MonthDayYear);
        Assert.Equal(DateStatus.Valid, result.Status);
        Assert.Equal(new DateOnly(year, month, day), result.Date);
        Assert.Equal(format, result.Format);
        Assert.Equal(text.Length, result.DateLength);
        Assert.Null(result.Error);
    }

    [Fact]
    public void Reads_numeric_dates_in_the_configured_order()
    {
        DateParseResult mdy = DateParser.Parse("05/01/2024", DateOrder.MonthDayYear);
        DateParseResult dmy = DateParser.Parse("05/01/2024", DateOrder.DayMonthYear);
        Assert.Equal((DateStatus.Valid, new DateOnly(2024, 5, 1), DateFormat.Numeric), (mdy.Status, mdy.Date, mdy.Format));
        Assert.Equal((DateStatus.Valid, new DateOnly(2024, 1, 5), DateFormat.Numeric), (dmy.Status, dmy.Date, dmy.Format));
        Assert.Equal(new DateOnly(2024, 5, 1), DateParser.Parse("01.05.2024", DateOrder.DayMonthYear).Date);
    }

    [Theory]
    [InlineData("2024-05-01 (estimated)", 10)]
    [InlineData("2024-05-01(estimated)", 10)]
    [InlineData("May 1, 2024 (approx.)", 11)]
    [InlineData("May 1, 2024; reposted later", 11)]
    [InlineData("1 May 2024, via LinkedIn", 10)]
    [InlineData("05/01/2024 - per recruiter", 10)]
    [InlineData("2024-05-01   ", 10)]
    [InlineData("  2024-05-01", 12)]
    public void DateLength_stops_before_a_trailing_note(string text, int length)
    {
        DateParseResult result = DateParser.Parse(text, DateOrder.MonthDayYear);
        Assert.Equal(DateStatus.Valid, result.Status);
        Assert.Equal(new DateOnly(2024, 5, 1), result.Date);
        Assert.Equal(length, result.DateLength);
    }

    [Theory]
    [InlineData("2024-02-30", DateOrder.MonthDayYear, "February 2024 has no day 30")]
    [InlineData("2023-02-29", DateOrder.MonthDayYear, "February 2023 has no day 29")]
    [InlineData("2024-04-31", DateOrder.MonthDayYear, "April 2024 has no day 31")]
    [InlineData("2024-13-01", DateOrder.MonthDayYear, "there is no month 13")]
    [InlineData("2024-00-10", DateOrder.MonthDayYear, "there is no month 0")]
    [InlineData("13/45/2024", DateOrder.MonthDayYear, "there is no month 13")]
    [InlineData("13/45/2024", DateOrder.DayMonthYear, "there is no month 45")]
    [InlineData("Feb 30, 2024", DateOrder.MonthDayYear, "February 2024 has no day 30")]
    [InlineData("0 May 2024", DateOrder.MonthDayYear, "May 2024 has no day 0")]
    [InlineData("0000-01-01", DateOrder.MonthDayYear, "year 0 is out of range")]
    public void Impossible_dates_say_why(string text, DateOrder order, string error)
    {
        DateParseResult result = DateParser.Parse(text, order);
        Assert.Equal(DateStatus.Impossible, result.Status);
        Assert.Equal(error, result.Error);
        Assert.Equal(default, result.Date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Blank_is_empty(string text)
    {
        DateParseResult result = DateParser.Parse(text, DateOrder.MonthDayYear);
        Assert.Equal(DateStatus.Empty, result.Status);
        Assert.Equal(0, result.DateLength);
        Assert.Null(result.Error);
    }

    [Theory]
    [InlineData("[TBD]")]
    [InlineData("yesterday")]
    [InlineData("May 2024")]
    [InlineData("Mayo 1, 2024")]
    [InlineData("Ma 1, 2024")]
    [InlineData("2024-05-01x")]
    [InlineData("2024-05-01 at noon")]
    [InlineData("24-05-01")]
    [InlineData("99999999999-01-01")]
    [InlineData("2024-05")]
    [InlineData("١٢/٠١/٢٠٢٤")]
    [InlineData("٢٠٢٤-٠٥-٠١")]
    public void Other_text_is_unrecognized(string text)
    {
        DateParseResult result = DateParser.Parse(text, DateOrder.MonthDayYear);
        Assert.Equal(DateStatus.Unrecognized, result.Status);
        Assert.Equal(0, result.DateLength);
        Assert.StartsWith("not a date; expected a date such as", result.Error);
    }

    [Theory]
    [InlineData(DateFormat.Iso, DateOrder.MonthDayYear, "2024-05-01")]
    [InlineData(DateFormat.MonthNameDayYear, DateOrder.MonthDayYear, "May 1, 2024")]
    [InlineData(DateFormat.DayMonthNameYear, DateOrder.MonthDayYear, "1 May 2024")]
    [InlineData(DateFormat.Numeric, DateOrder.MonthDayYear, "05/01/2024")]
    [InlineData(DateFormat.Numeric, DateOrder.DayMonthYear, "01/05/2024")]
    public void Formats_each_form(DateFormat format, DateOrder order, string expected)
    {
        var date = new DateOnly(2024, 5, 1);
        Assert.Equal(expected, DateParser.Format(date, format, order));
        DateParseResult back = DateParser.Parse(expected, order);
        Assert.Equal((DateStatus.Valid, date, format), (back.Status, back.Date, back.Format));
    }

    [Fact]
    public void Format_defaults_to_month_first_numeric() =>
        Assert.Equal("12/31/2024", DateParser.Format(new DateOnly(2024, 12, 31), DateFormat.Numeric));

    [Fact]
    public void Random_text_never_throws()
    {
        var random = new Random(20240501);
        string[] pieces =
        [
            "2024", "-", "/", ".", "05", "1", "31", "99999999999", "May", "Sept", "September", " ", ",", "(", ")", ";", "\0", "😀",
            "\uD800", "\u00A0", "\t", "\n", "st", "٢", "Feb", "29", "0", "9999", "-01-01", "x", "note",
        ];
        for (int i = 0; i < 10_000; i++)
        {
            var builder = new System.Text.StringBuilder();
            int count = random.Next(0, 12);
            for (int j = 0; j < count; j++)
            {
                builder.Append(random.Next(3) == 0 ? (char)random.Next(0, 0x10000) : pieces[random.Next(pieces.Length)]);
            }
            string text = builder.ToString();
            foreach (DateOrder order in new[] { DateOrder.MonthDayYear, DateOrder.DayMonthYear })
            {
                DateParseResult result = DateParser.Parse(text, order);
                Assert.InRange(result.DateLength, 0, text.Length);
                Assert.Equal(result.Status is DateStatus.Impossible or DateStatus.Unrecognized, result.Error is not null);
                if (result.Status == DateStatus.Valid)
                {
                    Assert.NotNull(DateParser.Format(result.Date, result.Format, order));
                }
            }
        }
    }
}
