using System.Text;
using DossierLsp.Core.Config;
using DossierLsp.Core.Values;

namespace DossierLsp.Core.Tests.Values;

public sealed class DateParserTests
{
    [Theory]
    [InlineData("2024-05-01", 2024, 5, 1, DateFormat.Iso)]
    [InlineData("2024-5-1", 2024, 5, 1, DateFormat.Iso)]
    [InlineData("2024/05/01", 2024, 5, 1, DateFormat.Iso)]
    [InlineData("2024.05.01", 2024, 5, 1, DateFormat.Iso)]
    [InlineData("2024-02-29", 2024, 2, 29, DateFormat.Iso)]
    [InlineData("May 1, 2024", 2024, 5, 1, DateFormat.MonthNameDayYear)]
    [InlineData("May 01 2024", 2024, 5, 1, DateFormat.MonthNameDayYear)]
    [InlineData("Apr 30, 2024", 2024, 4, 30, DateFormat.MonthNameDayYear)]
    [InlineData("April 30, 2024", 2024, 4, 30, DateFormat.MonthNameDayYear)]
    [InlineData("Sept 3, 2024", 2024, 9, 3, DateFormat.MonthNameDayYear)]
    [InlineData("Sep 3, 2024", 2024, 9, 3, DateFormat.MonthNameDayYear)]
    [InlineData("Sept. 3, 2024", 2024, 9, 3, DateFormat.MonthNameDayYear)]
    [InlineData("september 3 2024", 2024, 9, 3, DateFormat.MonthNameDayYear)]
    [InlineData("DECEMBER 31, 2023", 2023, 12, 31, DateFormat.MonthNameDayYear)]
    [InlineData("Jan 2nd, 2025", 2025, 1, 2, DateFormat.MonthNameDayYear)]
    [InlineData("May 1,2024", 2024, 5, 1, DateFormat.MonthNameDayYear)]
    [InlineData("1 May 2024", 2024, 5, 1, DateFormat.DayMonthNameYear)]
    [InlineData("01 may 2024", 2024, 5, 1, DateFormat.DayMonthNameYear)]
    [InlineData("1st May 2024", 2024, 5, 1, DateFormat.DayMonthNameYear)]
    [InlineData("23rd of March 2024", 2024, 3, 23, DateFormat.DayMonthNameYear)]
    [InlineData("3 Sept 2024", 2024, 9, 3, DateFormat.DayMonthNameYear)]
    // The day, month and year are found from the ends of the match, past dots, commas and any spaces.
    [InlineData("Tuesday, May 7, 2024", 2024, 5, 7, DateFormat.MonthNameDayYear)]
    [InlineData("Thurs. May 9 2024", 2024, 5, 9, DateFormat.MonthNameDayYear)]
    [InlineData("May.  17th ,  2024", 2024, 5, 17, DateFormat.MonthNameDayYear)]
    [InlineData("7 May., 2024", 2024, 5, 7, DateFormat.DayMonthNameYear)]
    [InlineData("17th.  of  June\u00A02024", 2024, 6, 17, DateFormat.DayMonthNameYear)]
    [InlineData("Sept., 2024", 2024, 9, 1, DateFormat.MonthYear)]
    [InlineData("2024-11", 2024, 11, 1, DateFormat.MonthYear)]
    [InlineData("2024-3 (approx.)", 2024, 3, 1, DateFormat.MonthYear)]
    [InlineData("05/01/2024", 2024, 5, 1, DateFormat.Numeric)]
    [InlineData("5/1/2024", 2024, 5, 1, DateFormat.Numeric)]
    [InlineData("12/31/2024", 2024, 12, 31, DateFormat.Numeric)]
    [InlineData("05-01-2024", 2024, 5, 1, DateFormat.Numeric)]
    [InlineData("  2024-05-01  ", 2024, 5, 1, DateFormat.Iso)]
    public void ParsesValidForms(string value, int year, int month, int day, DateFormat format)
    {
        var result = DateParser.Parse(value, DateOrder.MonthDayYear);

        Assert.Equal(DateStatus.Valid, result.Status);
        Assert.Equal(new DateOnly(year, month, day), result.Date);
        Assert.Equal(format, result.Format);
        Assert.Null(result.Error);
    }

    [Theory]
    [InlineData("05/01/2024", DateOrder.MonthDayYear, 5, 1)]
    [InlineData("05/01/2024", DateOrder.DayMonthYear, 1, 5)]
    [InlineData("1/5/2024", DateOrder.DayMonthYear, 5, 1)]
    [InlineData("31.12.2024", DateOrder.DayMonthYear, 12, 31)]
    public void NumericDatesFollowTheConfiguredOrder(string value, DateOrder order, int month, int day)
    {
        var result = DateParser.Parse(value, order);

        Assert.Equal(DateStatus.Valid, result.Status);
        Assert.Equal(new DateOnly(2024, month, day), result.Date);
    }

    [Theory]
    [InlineData("2024-05-01", DateOrder.DayMonthYear)]
    [InlineData("May 1, 2024", DateOrder.DayMonthYear)]
    [InlineData("1 May 2024", DateOrder.MonthDayYear)]
    public void NamedAndIsoDatesIgnoreTheOrder(string value, DateOrder order)
    {
        Assert.Equal(new DateOnly(2024, 5, 1), DateParser.Parse(value, order).Date);
    }

    [Theory]
    [InlineData("April 30, 2024 (estimated based on \"Posted 6 Days Ago\")", "April 30, 2024")]
    [InlineData("2024-05-01 (approx.)", "2024-05-01")]
    [InlineData("2024-05-01(approx.)", "2024-05-01")]
    [InlineData("2024-05-01 - estimated", "2024-05-01")]
    [InlineData("2024-05-01 – estimated", "2024-05-01")]
    [InlineData("2024-05-01; per recruiter", "2024-05-01")]
    [InlineData("1 May 2024 (Monday)", "1 May 2024")]
    [InlineData("5/1/2024 (from email)", "5/1/2024")]
    [InlineData("May 1, 2024", "May 1, 2024")]
    [InlineData("May 1, 2024   ", "May 1, 2024")]
    [InlineData("  May 1, 2024 (note)", "  May 1, 2024")]
    public void DateLengthCoversOnlyTheDate(string value, string datePart)
    {
        var result = DateParser.Parse(value, DateOrder.MonthDayYear);

        Assert.Equal(DateStatus.Valid, result.Status);
        Assert.Equal(datePart.Length, result.DateLength);
        Assert.Equal(datePart, value[..result.DateLength]);
    }

    [Fact]
    public void AFixCanReplaceJustTheDateAndKeepTheNote()
    {
        const string value = "April 30, 2024 (estimated based on \"Posted 6 Days Ago\")";
        var result = DateParser.Parse(value, DateOrder.MonthDayYear);

        var fixedValue = DateParser.Format(result.Date, DateFormat.Iso) + value[result.DateLength..];

        Assert.Equal("2024-04-30 (estimated based on \"Posted 6 Days Ago\")", fixedValue);
    }

    [Theory]
    [InlineData("2024-02-30", "February 2024 has no day 30", DateFormat.Iso)]
    [InlineData("2023-02-29", "February 2023 has no day 29", DateFormat.Iso)]
    [InlineData("2024-04-31", "April 2024 has no day 31", DateFormat.Iso)]
    [InlineData("2024-05-00", "May 2024 has no day 0", DateFormat.Iso)]
    [InlineData("2024-13-01", "there is no month 13", DateFormat.Iso)]
    [InlineData("2024-00-10", "there is no month 0", DateFormat.Iso)]
    [InlineData("0000-01-01", "year 0 is out of range", DateFormat.Iso)]
    [InlineData("Feb 30, 2024", "February 2024 has no day 30", DateFormat.MonthNameDayYear)]
    [InlineData("31 June 2024", "June 2024 has no day 31", DateFormat.DayMonthNameYear)]
    [InlineData("13/45/2024", "there is no month 13 (numeric dates are read as month/day/year)", DateFormat.Numeric)]
    [InlineData("02/30/2024", "February 2024 has no day 30", DateFormat.Numeric)]
    public void ImpossibleDatesExplainWhy(string value, string error, DateFormat format)
    {
        var result = DateParser.Parse(value, DateOrder.MonthDayYear);

        Assert.Equal(DateStatus.Impossible, result.Status);
        Assert.Equal(error, result.Error);
        Assert.Equal(format, result.Format);
        Assert.Equal(value.Length, result.DateLength);
        Assert.Equal(default, result.Date);
    }

    [Fact]
    public void ImpossibleDayFirstDateNamesTheOrder()
    {
        var result = DateParser.Parse("25/13/2024", DateOrder.DayMonthYear);

        Assert.Equal(DateStatus.Impossible, result.Status);
        Assert.Equal("there is no month 13 (numeric dates are read as day/month/year)", result.Error);
    }

    [Fact]
    public void ImpossibleDateKeepsItsNoteOutOfDateLength()
    {
        var result = DateParser.Parse("2024-02-30 (guess)", DateOrder.MonthDayYear);

        Assert.Equal(DateStatus.Impossible, result.Status);
        Assert.Equal(10, result.DateLength);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void BlankIsEmpty(string value)
    {
        var result = DateParser.Parse(value, DateOrder.MonthDayYear);

        Assert.Equal(DateStatus.Empty, result.Status);
        Assert.Null(result.Error);
        Assert.Equal(0, result.DateLength);
    }

    [Theory]
    [InlineData("[TBD]")]
    [InlineData("TBD")]
    [InlineData("yesterday")]
    [InlineData("Foo 1, 2024")]
    [InlineData("Febuary 1, 2024")]
    [InlineData("2024")]
    [InlineData("99999999999-01-01")]
    [InlineData("20240501")]
    [InlineData("May 1")]
    [InlineData("١٢/٠١/٢٠٢٤")] // Arabic-Indic digits are not read as numbers.
    public void UnrecognizedValuesGetTheGenericHint(string value)
    {
        var result = DateParser.Parse(value, DateOrder.MonthDayYear);

        Assert.Equal(DateStatus.Unrecognized, result.Status);
        Assert.Equal("not a date; expected a date such as 2024-05-01 or May 1, 2024", result.Error);
        Assert.Equal(0, result.DateLength);
    }

    [Theory]
    [InlineData("2024-05-01T10:00")]
    [InlineData("2024-05-01-02")]
    [InlineData("2024-05-01/03")]
    [InlineData("05/01/20245")]
    [InlineData("May 1, 2024x")]
    public void TrailingTextThatIsNotANoteIsUnrecognized(string value)
    {
        var result = DateParser.Parse(value, DateOrder.MonthDayYear);

        Assert.Equal(DateStatus.Unrecognized, result.Status);
        Assert.StartsWith("unexpected text right after the date", result.Error);
    }

    [Theory]
    [InlineData("May 2024", 5)]
    [InlineData("September, 2024", 9)]
    [InlineData("Sept. 2024 (roughly)", 9)]
    [InlineData("2024-05", 5)]
    [InlineData("2024-5 via the newsletter", 5)]
    public void MonthAndYearOnlyIsAMonthPrecisionDate(string value, int month)
    {
        var result = DateParser.Parse(value, DateOrder.MonthDayYear);

        Assert.Equal(DateStatus.Valid, result.Status);
        Assert.Equal(DatePrecision.Month, result.Precision);
        Assert.Equal(new DateOnly(2024, month, 1), result.Date);
        Assert.Equal(DateFormat.MonthYear, result.Format);
    }

    [Theory]
    [InlineData("28.04.2024", DateOrder.MonthDayYear, 4, 28)]
    [InlineData("01.05.2024", DateOrder.MonthDayYear, 5, 1)]
    [InlineData("1.5.2024", DateOrder.DayMonthYear, 5, 1)]
    public void DottedDatesAreDayFirstWhateverTheOrder(string value, DateOrder order, int month, int day)
    {
        var result = DateParser.Parse(value, order);

        Assert.Equal(new DateOnly(2024, month, day), result.Date);
        Assert.Equal(DateFormat.Dotted, result.Format);
        Assert.Null(result.OtherReading);
    }

    [Fact]
    public void DottedDateWithAMonthOverTwelveSaysHowItWasRead() =>
        Assert.Equal("there is no month 28 (dotted dates are read as day.month.year)", DateParser.Parse("04.28.2024", DateOrder.MonthDayYear).Error);

    [Theory]
    [InlineData("05/01/2024", DateOrder.MonthDayYear, 1, 5)]
    [InlineData("05/01/2024", DateOrder.DayMonthYear, 5, 1)]
    [InlineData("3-4-2024", DateOrder.MonthDayYear, 4, 3)]
    public void AmbiguousNumericDatesCarryTheOtherReading(string value, DateOrder order, int otherMonth, int otherDay) =>
        Assert.Equal(new DateOnly(2024, otherMonth, otherDay), DateParser.Parse(value, order).OtherReading);

    [Theory]
    [InlineData("05/13/2024")]
    [InlineData("05/05/2024")]
    [InlineData("2024-05-01")]
    public void UnambiguousDatesHaveNoOtherReading(string value) => Assert.Null(DateParser.Parse(value, DateOrder.MonthDayYear).OtherReading);

    [Theory]
    [InlineData("Tuesday, 7 May 2024")]
    [InlineData("Tue 7th May 2024")]
    [InlineData("Tuesday, May 7th, 2024")]
    [InlineData("Tues. May 7 2024")]
    [InlineData("7th of May, 2024")]
    [InlineData("7. May 2024")]
    [InlineData("Thursday 7 May 2024")] // the weekday is read past, not checked
    public void WeekdayAndOrdinalForms(string value) => Assert.Equal(new DateOnly(2024, 5, 7), DateParser.Parse(value, DateOrder.MonthDayYear).Date);

    [Theory]
    [InlineData("2024-05-03 via LinkedIn", "2024-05-03")]
    [InlineData("May 3, 2024 — referral from Sam", "May 3, 2024")]
    [InlineData("03.05.2024 laut Recruiter", "03.05.2024")]
    [InlineData("May 1, 2024 estimated", "May 1, 2024")]
    [InlineData("2024-05-03, per the job board", "2024-05-03")]
    public void AnyNoteMayFollowADate(string value, string datePart)
    {
        var result = DateParser.Parse(value, DateOrder.MonthDayYear);

        Assert.Equal(DateStatus.Valid, result.Status);
        Assert.Equal(datePart, value[..result.DateLength]);
    }

    [Fact]
    public void TwoDigitYearIsUnrecognizedWithAHint()
    {
        var result = DateParser.Parse("5/1/24", DateOrder.MonthDayYear);

        Assert.Equal(DateStatus.Unrecognized, result.Status);
        Assert.StartsWith("two-digit year", result.Error);
    }

    [Theory]
    [InlineData(DateFormat.Iso, "2024-05-01")]
    [InlineData(DateFormat.MonthNameDayYear, "May 1, 2024")]
    [InlineData(DateFormat.DayMonthNameYear, "1 May 2024")]
    [InlineData(DateFormat.Numeric, "05/01/2024")]
    public void FormatsEachForm(DateFormat format, string expected)
    {
        Assert.Equal(expected, DateParser.Format(new DateOnly(2024, 5, 1), format));
    }

    [Theory]
    [InlineData(DateOrder.MonthDayYear, "09/03/2024")]
    [InlineData(DateOrder.DayMonthYear, "03/09/2024")]
    public void NumericFormatFollowsTheOrder(DateOrder order, string expected)
    {
        Assert.Equal(expected, DateParser.Format(new DateOnly(2024, 9, 3), DateFormat.Numeric, order));
    }

    [Fact]
    public void FormatsLeadingZerosAndFullMonthNames()
    {
        var date = new DateOnly(987, 12, 9);

        Assert.Equal("0987-12-09", DateParser.Format(date, DateFormat.Iso));
        Assert.Equal("December 9, 987", DateParser.Format(date, DateFormat.MonthNameDayYear));
    }

    [Theory]
    [InlineData(DateFormat.Iso, DateOrder.MonthDayYear)]
    [InlineData(DateFormat.MonthNameDayYear, DateOrder.MonthDayYear)]
    [InlineData(DateFormat.DayMonthNameYear, DateOrder.MonthDayYear)]
    [InlineData(DateFormat.Numeric, DateOrder.MonthDayYear)]
    [InlineData(DateFormat.Numeric, DateOrder.DayMonthYear)]
    public void FormatRoundTripsThroughParse(DateFormat format, DateOrder order)
    {
        for (var date = new DateOnly(2024, 1, 1); date.Year == 2024; date = date.AddDays(1))
        {
            var text = DateParser.Format(date, format, order);
            var result = DateParser.Parse(text, order);

            Assert.Equal(DateStatus.Valid, result.Status);
            Assert.Equal(date, result.Date);
            Assert.Equal(format, result.Format);
            Assert.Equal(text.Length, result.DateLength);
        }
    }

    [Fact]
    public void NeverThrowsOnRandomInput()
    {
        string[] pieces =
        [
            "2024", "-", "/", ".", "05", "1", "31", "99999999999", "May", "Sept", "of", "st", ",", " ", "\t",
            "(", ";", "–", "\0", "😀", "\uD800", "\uFFFF", "é", "K", "٣", "0000", "13", "Feb", "29",
            "2024-05-01", "2024-02-30", "May 1, 2024", "1 May 2024", "13/45/2024", " (note)", " - ",
        ];
        var random = new Random(20240501);
        var builder = new StringBuilder();
        var statuses = new HashSet<DateStatus>();

        for (var i = 0; i < 10_000; i++)
        {
            builder.Clear();
            var count = random.Next(0, 8);
            for (var j = 0; j < count; j++)
            {
                builder.Append(random.Next(3) == 0 ? (char)random.Next(0, 0x10000) : pieces[random.Next(pieces.Length)]);
            }

            var value = builder.ToString();
            var result = DateParser.Parse(value, random.Next(2) == 0 ? DateOrder.MonthDayYear : DateOrder.DayMonthYear);

            statuses.Add(result.Status);
            Assert.InRange(result.DateLength, 0, value.Length);
            Assert.Equal(result.Status is DateStatus.Impossible or DateStatus.Unrecognized, result.Error is not null);
        }

        // The generator must actually reach every outcome, or the fuzz proves little.
        Assert.Equal(4, statuses.Count);
    }

    // Where the numeric forms end and what they say when they do not fit: the digits and separators as the reader scans them.
    [Theory]
    [InlineData("2024-05-012", "Unrecognized", 0)]
    [InlineData("20245-01-01", "Unrecognized", 0)]
    [InlineData("2024-123-01", "Unrecognized", 0)]
    [InlineData("2024-05/01", "Unrecognized", 0)]
    [InlineData("2024-05-", "Unrecognized", 0)]
    [InlineData("2024-05", "Valid", 7)]
    [InlineData("123/4/2024", "Unrecognized", 0)]
    [InlineData("05/01/202", "Unrecognized", 0)]
    [InlineData("05/01/2", "Unrecognized", 0)]
    [InlineData("05/01/20245", "Unrecognized", 0)]
    [InlineData("5.1.2024 (est.)", "Valid", 8)]
    [InlineData("5/1-2024", "Unrecognized", 0)]
    [InlineData("31/31/2024", "Impossible", 10)]
    [InlineData("02/30/2024", "Impossible", 10)]
    [InlineData("0/1/2024", "Impossible", 8)]
    [InlineData("2024-1-1;", "Valid", 8)]
    [InlineData("  07/04/2024", "Valid", 12)]
    public void NumericFormsEndWhereTheirDigitsDo(string value, string status, int length)
    {
        DateParseResult result = DateParser.Parse(value, DateOrder.MonthDayYear);
        Assert.Equal((status, length), (result.Status.ToString(), result.DateLength));
    }
}
