using System.Text;
using DossierLsp.Core.Values;

namespace DossierLsp.Core.Tests.Values;

public sealed class MoneyParserTests
{
    // Amounts are strings because attributes cannot hold decimals.
    [Theory]
    // Ranges and separators.
    [InlineData("$200,000 - $250,000", "200000", "250000", "USD", PayPeriod.Year, false)]
    [InlineData("$150K - $180K", "150000", "180000", "USD", PayPeriod.Year, false)]
    [InlineData("$150k–180k", "150000", "180000", "USD", PayPeriod.Year, false)]
    [InlineData("$150k—$180k", "150000", "180000", "USD", PayPeriod.Year, false)]
    [InlineData("$150k to $180k", "150000", "180000", "USD", PayPeriod.Year, false)]
    [InlineData("$150k ~ $180k", "150000", "180000", "USD", PayPeriod.Year, false)]
    [InlineData("$150-180k", "150000", "180000", "USD", PayPeriod.Year, false)]
    [InlineData("$1.2-1.5M", "1200000", "1500000", "USD", PayPeriod.Year, false)]
    [InlineData("$900 - 1.2M", "900", "1200000", "USD", PayPeriod.Year, false)]
    [InlineData("$ 150,000", "150000", "150000", "USD", PayPeriod.Year, false)]
    // Currency codes and symbols.
    [InlineData("USD 120,000-140,000 per year", "120000", "140000", "USD", PayPeriod.Year, true)]
    [InlineData("120,000 - 140,000 USD", "120000", "140000", "USD", PayPeriod.Year, true)]
    [InlineData("£60,000 - £70,000", "60000", "70000", "GBP", PayPeriod.Year, true)]
    [InlineData("€55.000 - €65.000", "55000", "65000", "EUR", PayPeriod.Year, true)]
    [InlineData("55.000 - 65.000 EUR", "55000", "65000", "EUR", PayPeriod.Year, true)]
    [InlineData("€60k", "60000", "60000", "EUR", PayPeriod.Year, true)]
    [InlineData("60k €", "60000", "60000", "EUR", PayPeriod.Year, true)]
    [InlineData("CA$120k", "120000", "120000", "CAD", PayPeriod.Year, true)]
    [InlineData("C$120k", "120000", "120000", "CAD", PayPeriod.Year, true)]
    [InlineData("A$120k", "120000", "120000", "AUD", PayPeriod.Year, true)]
    [InlineData("AU$120k", "120000", "120000", "AUD", PayPeriod.Year, true)]
    [InlineData("US$120k", "120000", "120000", "USD", PayPeriod.Year, true)]
    [InlineData("CAD 120,000", "120000", "120000", "CAD", PayPeriod.Year, true)]
    [InlineData("CAD120,000", "120000", "120000", "CAD", PayPeriod.Year, true)]
    [InlineData("120000 EUR", "120000", "120000", "EUR", PayPeriod.Year, true)]
    [InlineData("$120,000 - $140,000 CAD", "120000", "140000", "CAD", PayPeriod.Year, true)]
    [InlineData("$120k USD", "120000", "120000", "USD", PayPeriod.Year, true)]
    [InlineData("¥8,000,000", "8000000", "8000000", "JPY", PayPeriod.Year, false)]
    [InlineData("₹2,500,000", "2500000", "2500000", "INR", PayPeriod.Year, true)]
    [InlineData("CHF 120k", "120000", "120000", "CHF", PayPeriod.Year, true)]
    // Single amounts, decimals and multipliers.
    [InlineData("$210,000", "210000", "210000", "USD", PayPeriod.Year, false)]
    [InlineData("$1.2M", "1200000", "1200000", "USD", PayPeriod.Year, false)]
    [InlineData("$1.5MM", "1500000", "1500000", "USD", PayPeriod.Year, false)]
    [InlineData("$150 k", "150000", "150000", "USD", PayPeriod.Year, false)]
    [InlineData("$150,000.00", "150000", "150000", "USD", PayPeriod.Year, false)]
    [InlineData("$1.500", "1.5", "1.5", "USD", PayPeriod.Year, false)]
    [InlineData("120000", "120000", "120000", null, PayPeriod.Year, false)]
    [InlineData("120k - 140k", "120000", "140000", null, PayPeriod.Year, false)]
    [InlineData("$0", "0", "0", "USD", PayPeriod.Year, false)]
    // Periods.
    [InlineData("$65/hr - $80/hr", "65", "80", "USD", PayPeriod.Hour, false)]
    [InlineData("$65 - $80 per hour", "65", "80", "USD", PayPeriod.Hour, false)]
    [InlineData("$65-80/hour", "65", "80", "USD", PayPeriod.Hour, false)]
    [InlineData("$65/hr - 80", "65", "80", "USD", PayPeriod.Hour, false)]
    [InlineData("$65 an hour", "65", "65", "USD", PayPeriod.Hour, false)]
    [InlineData("$65 / h", "65", "65", "USD", PayPeriod.Hour, false)]
    [InlineData("$65 hourly", "65", "65", "USD", PayPeriod.Hour, false)]
    [InlineData("$62.50/hr", "62.50", "62.50", "USD", PayPeriod.Hour, false)]
    [InlineData("€62.50/hr", "62.50", "62.50", "EUR", PayPeriod.Hour, true)]
    [InlineData("$10,000/month", "10000", "10000", "USD", PayPeriod.Month, false)]
    [InlineData("$10,000/mo", "10000", "10000", "USD", PayPeriod.Month, false)]
    [InlineData("$10,000 per month", "10000", "10000", "USD", PayPeriod.Month, false)]
    [InlineData("$10,000 monthly", "10000", "10000", "USD", PayPeriod.Month, false)]
    [InlineData("$150k/yr", "150000", "150000", "USD", PayPeriod.Year, false)]
    [InlineData("$150k/year", "150000", "150000", "USD", PayPeriod.Year, false)]
    [InlineData("£60k per annum", "60000", "60000", "GBP", PayPeriod.Year, true)]
    [InlineData("£60k p.a.", "60000", "60000", "GBP", PayPeriod.Year, true)]
    [InlineData("£60k pa", "60000", "60000", "GBP", PayPeriod.Year, true)]
    [InlineData("$150k annually", "150000", "150000", "USD", PayPeriod.Year, false)]
    [InlineData("$150k a year", "150000", "150000", "USD", PayPeriod.Year, false)]
    [InlineData("$150k Per Year", "150000", "150000", "USD", PayPeriod.Year, false)]
    [InlineData("120000 EUR per year", "120000", "120000", "EUR", PayPeriod.Year, true)]
    [InlineData("120000 per year EUR", "120000", "120000", "EUR", PayPeriod.Year, true)]
    // Trailing notes.
    [InlineData("$200,000 - $250,000 (Bonus and LTI eligible)", "200000", "250000", "USD", PayPeriod.Year, false)]
    [InlineData("$200,000 - $250,000 + equity", "200000", "250000", "USD", PayPeriod.Year, false)]
    [InlineData("$200,000 - $250,000 plus bonus", "200000", "250000", "USD", PayPeriod.Year, false)]
    [InlineData("$200,000 - $250,000, DOE", "200000", "250000", "USD", PayPeriod.Year, false)]
    [InlineData("$200,000 - $250,000; remote band", "200000", "250000", "USD", PayPeriod.Year, false)]
    [InlineData("$200k base + bonus", "200000", "200000", "USD", PayPeriod.Year, false)]
    [InlineData("$210,000 - negotiable", "210000", "210000", "USD", PayPeriod.Year, false)]
    [InlineData("$65/hr (contract)", "65", "65", "USD", PayPeriod.Hour, false)]
    [InlineData("  $150k  ", "150000", "150000", "USD", PayPeriod.Year, false)]
    public void ParsesStatedAmounts(string value, string minimum, string maximum, string? currency, PayPeriod period, bool currencyExplicit)
    {
        var result = MoneyParser.Parse(value);

        Assert.Null(result.Error);
        Assert.Equal(MoneyStatus.Stated, result.Status);
        Assert.Equal(decimal.Parse(minimum, System.Globalization.CultureInfo.InvariantCulture), result.Minimum);
        Assert.Equal(decimal.Parse(maximum, System.Globalization.CultureInfo.InvariantCulture), result.Maximum);
        Assert.Equal(currency, result.Currency);
        Assert.Equal(period, result.Period);
        Assert.Equal(currencyExplicit, result.CurrencyExplicit);
    }

    [Theory]
    [InlineData("Competitive")]
    [InlineData("competitive salary")]
    [InlineData("Not disclosed")]
    [InlineData("Undisclosed")]
    [InlineData("NOT LISTED")]
    [InlineData("Not specified")]
    [InlineData("Not stated")]
    [InlineData("DOE")]
    [InlineData("doe")]
    [InlineData("Depends on experience")]
    [InlineData("Negotiable")]
    [InlineData("Negotiable.")]
    [InlineData("TBD")]
    [InlineData("[TBD]")]
    [InlineData("N/A")]
    [InlineData("n/a")]
    [InlineData("Unknown")]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData("Competitive (bonus eligible)")]
    [InlineData("Not disclosed - ask recruiter")]
    [InlineData("DOE, plus equity")]
    [InlineData("  TBD  ")]
    public void RecognisesNotStatedPhrases(string value)
    {
        var result = MoneyParser.Parse(value);

        Assert.Equal(MoneyStatus.NotStated, result.Status);
        Assert.Null(result.Error);
        Assert.Null(result.Currency);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t")]
    public void BlankIsEmpty(string value)
    {
        var result = MoneyParser.Parse(value);

        Assert.Equal(MoneyStatus.Empty, result.Status);
        Assert.Null(result.Error);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("$abc")]
    [InlineData("Competitively paid")]
    [InlineData("TBDx")]
    [InlineData("-5")]
    [InlineData("k150")]
    [InlineData("٣٠٠٠")] // Arabic-Indic digits are not read as numbers.
    public void UnreadableValuesGetTheGenericHint(string value)
    {
        var result = MoneyParser.Parse(value);

        Assert.Equal(MoneyStatus.Unparseable, result.Status);
        Assert.Equal("could not read an amount; expected e.g. $150,000 - $180,000", result.Error);
    }

    [Theory]
    [InlineData("$180,000 - $150,000", "range is reversed")]
    [InlineData("$180k-150k", "range is reversed")]
    [InlineData("100k-", "range is missing its upper amount; expected e.g. $150,000 - $180,000")]
    [InlineData("$100k to", "range is missing its upper amount; expected e.g. $150,000 - $180,000")]
    [InlineData("$100 - £200", "the value names two different currencies")]
    [InlineData("£100 USD", "the value names two different currencies")]
    [InlineData("US$100 - CA$120", "the value names two different currencies")]
    [InlineData("$65/hr - $80/yr", "the amounts have different pay periods")]
    [InlineData("$1,20,000", "could not read the number '1,20,000'; expected e.g. 150,000 or 150k")]
    [InlineData("$150.000.000", "could not read the number '150.000.000'; expected e.g. 150,000 or 150k")]
    [InlineData("$9999999999999999", "amount is too large")]
    [InlineData("$150k lots", "unexpected text after the amount: 'lots'; put notes in parentheses, e.g. $150,000 (plus bonus)")]
    [InlineData("$150k/week", "unexpected text after the amount: '/week'; put notes in parentheses, e.g. $150,000 (plus bonus)")]
    public void UnparseableValuesExplainWhy(string value, string error)
    {
        var result = MoneyParser.Parse(value);

        Assert.Equal(MoneyStatus.Unparseable, result.Status);
        Assert.Equal(error, result.Error);
    }

    [Fact]
    public void DoesNotTakeAWordAfterTheAmountForACurrency()
    {
        // "DOE" is three capitals but not a currency, so it reads as a note.
        var result = MoneyParser.Parse("120,000 DOE");

        Assert.Equal(MoneyStatus.Stated, result.Status);
        Assert.Null(result.Currency);
    }

    [Theory]
    [InlineData("$65/hr - $80/hr", "135200", "166400")]
    [InlineData("$62.50/hr", "130000", "130000")]
    [InlineData("$10,000/month", "120000", "120000")]
    [InlineData("$8k - $9k per month", "96000", "108000")]
    [InlineData("$200,000 - $250,000", "200000", "250000")]
    public void AnnualisesWith2080Hours(string value, string annualMinimum, string annualMaximum)
    {
        var result = MoneyParser.Parse(value);

        Assert.Equal(decimal.Parse(annualMinimum, System.Globalization.CultureInfo.InvariantCulture), result.AnnualMinimum(2080m));
        Assert.Equal(decimal.Parse(annualMaximum, System.Globalization.CultureInfo.InvariantCulture), result.AnnualMaximum(2080m));
    }

    [Fact]
    public void AnnualisingUsesTheGivenHoursPerYear()
    {
        var result = MoneyParser.Parse("$50/hr");

        Assert.Equal(50m * 1950m, result.AnnualMinimum(1950m));
    }

    [Theory]
    [InlineData("135000", "USD", "$135k")]
    [InlineData("1250000", "USD", "$1.25M")]
    [InlineData("950", "USD", "$950")]
    [InlineData("62.5", "USD", "$62.50")]
    [InlineData("62500", "USD", "$62.5k")]
    [InlineData("999999", "USD", "$1M")]
    [InlineData("999", "USD", "$999")]
    [InlineData("999.99", "USD", "$999.99")]
    [InlineData("995000", "USD", "$995k")]
    [InlineData("999995", "USD", "$1M")]
    [InlineData("1000", "USD", "$1k")]
    [InlineData("0", "USD", "$0")]
    [InlineData("-5000", "USD", "-$5k")]
    [InlineData("60000", "GBP", "£60k")]
    [InlineData("60000", "EUR", "€60k")]
    [InlineData("60000", "eur", "€60k")]
    [InlineData("8000000", "JPY", "¥8M")]
    [InlineData("2500000", "INR", "₹2.5M")]
    [InlineData("60000", "CHF", "CHF 60k")]
    [InlineData("120000", "CAD", "CAD 120k")]
    public void FormatsCompactly(string amount, string currency, string expected)
    {
        Assert.Equal(expected, MoneyParser.FormatCompact(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency));
    }

    [Theory]
    [InlineData("USD", "$")]
    [InlineData("GBP", "£")]
    [InlineData("EUR", "€")]
    [InlineData("JPY", "¥")]
    [InlineData("INR", "₹")]
    [InlineData("CHF", "CHF ")]
    [InlineData("", "")]
    public void MapsCurrencySymbols(string currency, string symbol)
    {
        Assert.Equal(symbol, MoneyParser.Symbol(currency));
    }

    [Fact]
    public void NeverThrowsOnRandomInput()
    {
        string[] pieces =
        [
            "$", "£", "€", "¥", "CA$", "USD", "EUR", "DOE", "150", "150,000", "55.000", "1.2", "99999999999999999999999999999",
            "k", "K", "M", "MM", " ", "-", "–", "—", " to ", "/hr", "/month", " per year", " an hour", "(", ",", "+",
            "plus", "Competitive", "TBD", "\0", "😀", "\uD800", "٣", "$200,000 - $250,000", "$65/hr", "$180k-150k",
        ];
        var random = new Random(150_180);
        var builder = new StringBuilder();
        var statuses = new HashSet<MoneyStatus>();

        for (var i = 0; i < 10_000; i++)
        {
            builder.Clear();
            var count = random.Next(0, 8);
            for (var j = 0; j < count; j++)
            {
                builder.Append(random.Next(3) == 0 ? (char)random.Next(0, 0x10000) : pieces[random.Next(pieces.Length)]);
            }

            var result = MoneyParser.Parse(builder.ToString());

            statuses.Add(result.Status);
            Assert.Equal(result.Status == MoneyStatus.Unparseable, result.Error is not null);
            if (result.Status == MoneyStatus.Stated)
            {
                Assert.True(result.Minimum <= result.Maximum);
                _ = result.AnnualMaximum(2080m);
                _ = MoneyParser.FormatCompact(result.Maximum, result.Currency ?? "USD");
            }
        }

        // The generator must actually reach every outcome, or the fuzz proves little.
        Assert.Equal(4, statuses.Count);
    }
}
