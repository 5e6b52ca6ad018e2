using DossierLsp.Core.Values;

namespace DossierLsp.Core.Tests.Values;

public sealed class MoneyParserTests
{
    [Theory]
    [InlineData("$200,000 - $250,000", "USD", 200_000, 250_000, PayPeriod.Year)]
    [InlineData("$150K - $180K", "USD", 150_000, 180_000, PayPeriod.Year)]
    [InlineData("$150k–180k", "USD", 150_000, 180_000, PayPeriod.Year)]
    [InlineData("$150k—$180k", "USD", 150_000, 180_000, PayPeriod.Year)]
    [InlineData("$150k to $180k", "USD", 150_000, 180_000, PayPeriod.Year)]
    [InlineData("$150 - 180k", "USD", 150_000, 180_000, PayPeriod.Year)]
    [InlineData("USD 120,000-140,000 per year", "USD", 120_000, 140_000, PayPeriod.Year)]
    [InlineData("120,000 - 140,000 USD", "USD", 120_000, 140_000, PayPeriod.Year)]
    [InlineData("120,000 - 140,000 USD per year", "USD", 120_000, 140_000, PayPeriod.Year)]
    [InlineData("£60,000 - £70,000", "GBP", 60_000, 70_000, PayPeriod.Year)]
    [InlineData("€60k", "EUR", 60_000, 60_000, PayPeriod.Year)]
    [InlineData("$210,000", "USD", 210_000, 210_000, PayPeriod.Year)]
    [InlineData("$120k a year", "USD", 120_000, 120_000, PayPeriod.Year)]
    [InlineData("$120k annually", "USD", 120_000, 120_000, PayPeriod.Year)]
    [InlineData("$120k p.a.", "USD", 120_000, 120_000, PayPeriod.Year)]
    [InlineData("$65/hr - $80/hr", "USD", 65, 80, PayPeriod.Hour)]
    [InlineData("$65 - $80 per hour", "USD", 65, 80, PayPeriod.Hour)]
    [InlineData("$65 an hour", "USD", 65, 65, PayPeriod.Hour)]
    [InlineData("$65 hourly", "USD", 65, 65, PayPeriod.Hour)]
    [InlineData("$62.50/hr", "USD", 62.5, 62.5, PayPeriod.Hour)]
    [InlineData("$10,000/month", "USD", 10_000, 10_000, PayPeriod.Month)]
    [InlineData("$10k/mo", "USD", 10_000, 10_000, PayPeriod.Month)]
    [InlineData("$1.2M", "USD", 1_200_000, 1_200_000, PayPeriod.Year)]
    [InlineData("CA$120k", "CAD", 120_000, 120_000, PayPeriod.Year)]
    [InlineData("C$120k", "CAD", 120_000, 120_000, PayPeriod.Year)]
    [InlineData("A$120k", "AUD", 120_000, 120_000, PayPeriod.Year)]
    [InlineData("AU$120k", "AUD", 120_000, 120_000, PayPeriod.Year)]
    [InlineData("US$120k", "USD", 120_000, 120_000, PayPeriod.Year)]
    [InlineData("CAD 120,000", "CAD", 120_000, 120_000, PayPeriod.Year)]
    [InlineData("120000 EUR", "EUR", 120_000, 120_000, PayPeriod.Year)]
    [InlineData("CHF 90,000 - 110,000", "CHF", 90_000, 110_000, PayPeriod.Year)]
    public void Reads_amounts_ranges_currencies_and_periods(string text, string currency, double minimum, double maximum, PayPeriod period)
    {
        MoneyParseResult result = MoneyParser.Parse(text);
        Assert.Null(result.Error);
        Assert.Equal(MoneyStatus.Stated, result.Status);
        Assert.Equal(currency, result.Currency);
        Assert.True(result.CurrencyExplicit);
        Assert.Equal((decimal)minimum, result.Minimum);
        Assert.Equal((decimal)maximum, result.Maximum);
        Assert.Equal(period, result.Period);
    }

    [Fact]
    public void Without_a_currency_the_currency_is_null()
    {
        MoneyParseResult result = MoneyParser.Parse("150,000 - 180,000");
        Assert.Equal(MoneyStatus.Stated, result.Status);
        Assert.Null(result.Currency);
        Assert.False(result.CurrencyExplicit);
        Assert.Equal((150_000m, 180_000m), (result.Minimum, result.Maximum));
    }

    [Fact]
    public void Annualises_hourly_and_monthly_pay()
    {
        MoneyParseResult hourly = MoneyParser.Parse("$65/hr - $80/hr");
        Assert.Equal(135_200m, hourly.AnnualMinimum(2080));
        Assert.Equal(166_400m, hourly.AnnualMaximum(2080));
        Assert.Equal(130_000m, hourly.AnnualMinimum(2000));

        MoneyParseResult monthly = MoneyParser.Parse("$10,000/month");
        Assert.Equal(120_000m, monthly.AnnualMinimum(2080));

        MoneyParseResult yearly = MoneyParser.Parse("$150k - $180k");
        Assert.Equal((150_000m, 180_000m), (yearly.AnnualMinimum(2080), yearly.AnnualMaximum(2080)));
    }

    [Theory]
    [InlineData("$150k - $180k (Bonus and LTI eligible)", 150_000, 180_000)]
    [InlineData("$185,000 - $215,000 + equity", 185_000, 215_000)]
    [InlineData("$200,000 plus bonus", 200_000, 200_000)]
    [InlineData("$150k - $180k, hybrid", 150_000, 180_000)]
    [InlineData("$150k - $180k; negotiable", 150_000, 180_000)]
    [InlineData("$150k - $180k — base only", 150_000, 180_000)]
    [InlineData("  $150k  ", 150_000, 150_000)]
    public void A_note_may_follow_the_amounts(string text, double minimum, double maximum)
    {
        MoneyParseResult result = MoneyParser.Parse(text);
        Assert.Equal(MoneyStatus.Stated, result.Status);
        Assert.Equal(((decimal)minimum, (decimal)maximum), (result.Minimum, result.Maximum));
    }

    [Theory]
    [InlineData("Competitive")]
    [InlineData("competitive salary and benefits")]
    [InlineData("Competitive (bonus eligible)")]
    [InlineData("Not disclosed")]
    [InlineData("DOE")]
    [InlineData("DOE.")]
    [InlineData("Depends on experience")]
    [InlineData("Negotiable")]
    [InlineData("TBD")]
    [InlineData("[TBD]")]
    [InlineData("N/A")]
    [InlineData("Unknown")]
    [InlineData("-")]
    public void Words_for_not_stated(string text)
    {
        MoneyParseResult result = MoneyParser.Parse(text);
        Assert.Equal(MoneyStatus.NotStated, result.Status);
        Assert.Null(result.Currency);
        Assert.Null(result.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_is_empty(string text) => Assert.Equal(MoneyStatus.Empty, MoneyParser.Parse(text).Status);

    [Theory]
    [InlineData("lots", "could not read an amount")]
    [InlineData("$abc", "could not read an amount")]
    [InlineData("100k-", "could not read '-' after the amount")]
    [InlineData("$150k $180k", "could not read '$180k' after the amount")]
    [InlineData("$180k - $150k", "the range is reversed (180,000 is more than 150,000)")]
    [InlineData("$150k - £180k", "the range mixes USD and GBP")]
    [InlineData("1234567890123456", "could not read an amount")]
    public void Unparseable_values_say_why(string text, string error)
    {
        MoneyParseResult result = MoneyParser.Parse(text);
        Assert.Equal(MoneyStatus.Unparseable, result.Status);
        Assert.StartsWith(error, result.Error);
        Assert.Equal((0m, 0m), (result.Minimum, result.Maximum));
    }

    [Theory]
    [InlineData(135_000, "USD", "$135k")]
    [InlineData(1_250_000, "USD", "$1.25M")]
    [InlineData(1_000_000, "USD", "$1M")]
    [InlineData(60_000, "GBP", "£60k")]
    [InlineData(60_000, "EUR", "€60k")]
    [InlineData(60_000, "CHF", "CHF 60k")]
    [InlineData(60_000, "chf", "CHF 60k")]
    [InlineData(62_500, "USD", "$63k")]
    [InlineData(950, "USD", "$950")]
    [InlineData(62.5, "USD", "$62.5")]
    [InlineData(135_200, "USD", "$135k")]
    [InlineData(999_999, "USD", "$1M")]
    public void FormatCompact(double amount, string currency, string expected) =>
        Assert.Equal(expected, MoneyParser.FormatCompact((decimal)amount, currency));

    [Fact]
    public void Random_text_never_throws()
    {
        var random = new Random(150180);
        string[] pieces =
        [
            "$", "£", "€", "CA$", "USD", " ", "-", "–", "—", "to", "150", ",000", "k", "K", "M", ".", "50", "/hr", " per ", "hour",
            "year", "month", "(", ")", "+", "\0", "😀", "\uDC00", "999999999999999999999999", "a", "an", "DOE", "\t", "9", "p.a.",
        ];
        for (int i = 0; i < 10_000; i++)
        {
            var builder = new System.Text.StringBuilder();
            int count = random.Next(0, 12);
            for (int j = 0; j < count; j++)
            {
                builder.Append(random.Next(3) == 0 ? (char)random.Next(0, 0x10000) : pieces[random.Next(pieces.Length)]);
            }
            MoneyParseResult result = MoneyParser.Parse(builder.ToString());
            Assert.Equal(result.Status == MoneyStatus.Unparseable, result.Error is not null);
            if (result.Status == MoneyStatus.Stated)
            {
                Assert.True(result.Minimum <= result.Maximum);
                _ = result.AnnualMaximum(2080);
                _ = MoneyParser.FormatCompact(result.Maximum, result.Currency ?? "USD");
            }
        }
    }
}
