using System.Globalization;
using CsCheck;
using DossierLsp.Core.Values;

namespace DossierLsp.Core.Tests.Values;

/// <summary>How one amount's digits and separators become a decimal (<see cref="MoneyAmount.ToDecimal"/>).</summary>
public sealed class MoneyNumberTests
{
    private const string Unreadable = "could not read the number '{0}'; expected e.g. 150,000, 150.000 or 150k";

    // Expectations written out (they are what the regex reading in RegexNumberReading gives); the result as the
    // invariant culture writes it, so that the scale ("62.50", not "62.5") is compared too.
    [Theory]
    [InlineData("150000", null, null, "150000", false)]
    [InlineData("150,000", null, null, "150000", false)]
    [InlineData("1,234.5", null, null, "1234.5", false)]
    [InlineData("1,234,567.89", "USD", null, "1234567.89", false)]
    [InlineData("25,00,000", "INR", null, "2500000", false)]
    [InlineData("1,00,00,000.5", "INR", null, "10000000.5", false)]
    [InlineData("62.50", "USD", null, "62.50", true)]
    [InlineData("1.5", "EUR", "1000000", "1500000.0", true)]
    [InlineData("55.000", "EUR", null, "55000", true)]
    [InlineData("55.000", "USD", null, "55.000", true)]
    [InlineData("55.000", null, null, "55.000", true)]
    [InlineData("55.000", "EUR", "1000", "55000.000", true)]
    [InlineData("1.234.567", "USD", null, "1234567", true)]
    [InlineData("150.000,00", "EUR", null, "150000.00", true)]
    [InlineData("150.000,5", null, null, "150000.5", true)]
    [InlineData("1,5", null, null, "1.5", true)]
    [InlineData("12,34", null, "1000", "12340.00", true)]
    [InlineData("12,345", null, null, "12345", false)]
    [InlineData("70 000", "EUR", null, "70000", true)]
    [InlineData("70\u00A0000", "EUR", null, "70000", true)]
    [InlineData("70\u202F000", "EUR", null, "70000", true)]
    [InlineData("120'000", "CHF", null, "120000", true)]
    [InlineData("120’000.50", "CHF", null, "120000.50", true)]
    [InlineData("1 234,5", "EUR", null, "1234.5", true)]
    [InlineData("007.50", null, null, "7.50", true)]
    [InlineData("0.0000001", null, null, "0.0000001", true)]
    [InlineData("123456789012345", null, null, "123456789012345", false)]
    [InlineData("123456789012345.123456789", null, null, "123456789012345.123456789", true)]
    [InlineData("1.12345678901234567890123456789", null, null, "1.1234567890123456789012345679", true)]
    public void Digits_read_as_the_decimal_they_write(string digits, string? currency, string? multiplier, string expected, bool split)
    {
        var amount = new MoneyAmount(digits, 1m, null, null, null);
        Assert.Null(amount.ToDecimal(currency, out var result, out var wasSplit, multiplier is null ? null : decimal.Parse(multiplier, CultureInfo.InvariantCulture)));
        Assert.Equal(expected, result.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(split, wasSplit);
    }

    [Theory]
    [InlineData("1234,567", Unreadable, false)]
    [InlineData("1.5,3", Unreadable, false)]
    [InlineData("1,23,45", Unreadable, false)]
    [InlineData("1,234,56", Unreadable, false)]
    [InlineData("1.2.3", Unreadable, false)]
    [InlineData("1,5.5", Unreadable, false)]
    [InlineData("1,234.5.6", Unreadable, false)]
    [InlineData("1.234,5,6", Unreadable, false)]
    [InlineData("1 23,4567", Unreadable, true)]
    [InlineData("1234567890123456", "amount is too large", false)]
    [InlineData("1,234,567,890,123,456", "amount is too large", false)]
    [InlineData("1.234.567.890.123.456,5", "amount is too large", true)]
    [InlineData("1 234 567 890 123 456", "amount is too large", true)]
    public void Digits_that_cannot_be_read_say_why(string digits, string error, bool split)
    {
        var amount = new MoneyAmount(digits, 1m, null, null, null);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, error, digits), amount.ToDecimal("EUR", out var result, out var wasSplit));
        Assert.Equal(0m, result);
        Assert.Equal(split, wasSplit);
    }

    // Any mix of digits and separators (including stray and doubled ones) reads as the regex reading did.
    [Fact]
    public void Digits_read_as_the_regex_reading_did() =>
        Gen.String[Gen.Char["0123456789012345678901.,'’ \u00A0\u202Fx"], 0, 24]
            .Select(Gen.OneOf<string?>(null, "EUR", "USD", "INR"), Gen.OneOf<decimal?>(null, 1m, 1_000m, 100_000m))
            .Sample(ReadsAsTheRegexReadingDid, iter: 20_000, seed: "0N0XIzNsQ0O2");

    // The same on numbers shaped like real ones: digit groups of one to four joined by one separator each.
    [Fact]
    public void Grouped_digits_read_as_the_regex_reading_did() =>
        Gen.String[Gen.Char['0', '9'], 1, 4].Array[1, 6].Select(Gen.Char[".,'’ \u00A0\u202F"].Array[5])
            .Select(Gen.OneOf<string?>(null, "EUR", "CHF", "USD"), Gen.OneOf<decimal?>(null, 1m, 1_000m))
            .Sample((parts, currency, multiplier) =>
            {
                var (groups, separators) = parts;
                ReadsAsTheRegexReadingDid(groups[0] + string.Concat(groups.Skip(1).Select((g, i) => separators[i] + g)), currency, multiplier);
            }, iter: 20_000, seed: "0N0XIzNsQ0O2");

    private static void ReadsAsTheRegexReadingDid(string digits, string? currency, decimal? multiplier)
    {
        var amount = new MoneyAmount(digits, 1m, null, null, null);
        var error = amount.ToDecimal(currency, out var result, out var split, multiplier);
        var expectedError = RegexNumberReading.ToDecimal(digits, currency, multiplier ?? 1m, out var expected, out var expectedSplit);
        Assert.Equal(expectedError, error);
        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), result.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expectedSplit, split);
    }

    // Where the number ends: separators followed by digits belong to it, a space only before exactly three digits.
    [Theory]
    [InlineData("150,000 - 180,000", "150,000")]
    [InlineData("70 000 €", "70 000")]
    [InlineData("70 0000", "70")]
    [InlineData("70 00", "70")]
    [InlineData("1.5k", "1.5")]
    [InlineData("120'000.", "120'000")]
    [InlineData("12,,000", "12")]
    public void A_number_ends_where_its_digit_groups_do(string text, string digits)
    {
        var pos = 0;
        Assert.Equal(digits, MoneyAmount.Read(text, ref pos)?.Digits);
    }

    [Fact]
    public void A_number_ends_where_the_regex_reading_ended_it() =>
        Gen.String[Gen.Char["0123456789012345678901.,'’ \u00A0\u202Fk"], 0, 24].Sample(text =>
        {
            var pos = 0;
            var number = RegexNumberReading.Number.Match(text);
            Assert.Equal(number.Success ? number.Value : null, MoneyAmount.Read(text, ref pos)?.Digits);
        }, iter: 20_000, seed: "0N0XIzNsQ0O2");
}
