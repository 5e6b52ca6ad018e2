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
    [InlineData("- $150k", "150000", "150000", "USD", PayPeriod.Year, false)]
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
    [InlineData("Competitive (bonus 10%)")]
    [InlineData("TBD - band 5")]
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
    [InlineData("Market rate + bonus")]
    public void ValuesWithoutDigitsStateNoAmount(string value) => Assert.Equal(MoneyStatus.NotStated, MoneyParser.Parse(value).Status);

    [Fact]
    public void DigitsOtherThanAsciiAreReportedAsSuch()
    {
        var result = MoneyParser.Parse("٣٠٠٠");

        Assert.Equal(MoneyStatus.Unparseable, result.Status);
        Assert.Equal("its digits are not 0–9; write the amount with 0–9, e.g. $150,000", result.Error);
    }

    [Theory]
    [InlineData("$180,000 - $150,000", "range is reversed: the first amount is larger than the second")]
    [InlineData("$180k-150k", "range is reversed: the first amount is larger than the second")]
    [InlineData("100k-", "read '100k' as the lower amount, but the range is missing its upper amount; expected e.g. $150,000 - $180,000")]
    [InlineData("$100k to", "read '$100k' as the lower amount, but the range is missing its upper amount; expected e.g. $150,000 - $180,000")]
    [InlineData("$100 - £200", "the value names two different currencies")]
    [InlineData("£100 USD", "the value names two different currencies")]
    [InlineData("US$100 - CA$120", "the value names two different currencies")]
    [InlineData("$65/hr - $80/yr", "the amounts have different pay periods")]
    [InlineData("$1,2,3", "could not read the number '1,2,3'; expected e.g. 150,000, 150.000 or 150k")]
    [InlineData("$9999999999999999", "amount is too large")]
    [InlineData("$150kk", "read '$150' as the amount, but not 'kk' right after it; put a space before a note, e.g. $150,000 (plus bonus)")]
    [InlineData("$150k/fortnight", "read '$150k' as the amount, but not '/fortnight' right after it; put a space before a note, e.g. $150,000 (plus bonus)")]
    public void UnparseableValuesSayWhatWasReadAndWhatNot(string value, string error)
    {
        var result = MoneyParser.Parse(value);

        Assert.Equal(MoneyStatus.Unparseable, result.Status);
        Assert.Equal(error, result.Error);
    }

    // Amounts are strings because attributes cannot hold decimals.
    [Theory]
    [InlineData("70 000 €", "70000", "EUR")]
    [InlineData("70\u00A0000 €", "70000", "EUR")]
    [InlineData("70\u202F000 €", "70000", "EUR")]
    [InlineData("1 250 000 ₹", "1250000", "INR")]
    [InlineData("150.000,00 €", "150000", "EUR")]
    [InlineData("$150.000.000", "150000000", "USD")]
    [InlineData("CHF 120'000", "120000", "CHF")]
    [InlineData("₹25,00,000", "2500000", "INR")]
    [InlineData("$1,20,000", "120000", "USD")]
    [InlineData("INR 25 LPA", "2500000", "INR")]
    [InlineData("₹18 lakh", "1800000", "INR")]
    [InlineData("₹18L", "1800000", "INR")]
    [InlineData("Rs. 12 lakhs", "1200000", "INR")]
    [InlineData("₹1.2 Cr", "12000000", "INR")]
    [InlineData("1.2 crore INR", "12000000", "INR")]
    [InlineData("€55,5k", "55500", "EUR")]
    [InlineData("$1.2m", "1200000", "USD")]
    [InlineData("60.000 € brutto jährlich", "60000", "EUR")]
    [InlineData("45 000 € brut annuel", "45000", "EUR")]
    [InlineData("PLN 18 000 zł miesięcznie", "18000", "PLN")]
    public void ReadsNumberStyles(string value, string amount, string currency)
    {
        var result = MoneyParser.Parse(System.Text.RegularExpressions.Regex.Unescape(value));

        Assert.Null(result.Error);
        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), result.Maximum);
        Assert.Equal(currency, result.Currency);
    }

    [Theory]
    [InlineData("$500/day", PayPeriod.Day)]
    [InlineData("£450 per day", PayPeriod.Day)]
    [InlineData("€600 daily", PayPeriod.Day)]
    [InlineData("$3,000/week", PayPeriod.Week)]
    [InlineData("$3,000 per week", PayPeriod.Week)]
    [InlineData("$3,000 weekly", PayPeriod.Week)]
    [InlineData("€5.000 monthly", PayPeriod.Month)]
    [InlineData("£5,000 p.m.", PayPeriod.Month)]
    [InlineData("£55k p.a.", PayPeriod.Year)]
    [InlineData("£55k per annum", PayPeriod.Year)]
    [InlineData("$150k annual", PayPeriod.Year)]
    [InlineData("$150k yearly", PayPeriod.Year)]
    [InlineData("$65 per hour", PayPeriod.Hour)]
    // The unit after a slash or per, a, an or each; otherwise the word itself.
    [InlineData("$65 /  hr", PayPeriod.Hour)]
    [InlineData("$40 an hour", PayPeriod.Hour)]
    [InlineData("$300 Per\u00A0Day", PayPeriod.Day)]
    [InlineData("€500 each week", PayPeriod.Week)]
    [InlineData("$5k a month", PayPeriod.Month)]
    [InlineData("$5,000 p.m.", PayPeriod.Month)]
    [InlineData("$2,000 p. w.", PayPeriod.Week)]
    [InlineData("$150k  annually", PayPeriod.Year)]
    public void ReadsPayPeriods(string value, PayPeriod period) => Assert.Equal(period, MoneyParser.Parse(value).Period);

    [Theory]
    [InlineData("Up to $180,000", SalaryBound.Ceiling, "180000")]
    [InlineData("up to €70k", SalaryBound.Ceiling, "70000")]
    [InlineData("Max. $150k", SalaryBound.Ceiling, "150000")]
    [InlineData("bis zu 70.000 €", SalaryBound.Ceiling, "70000")]
    [InlineData("From $140k", SalaryBound.Floor, "140000")]
    [InlineData("$120k+", SalaryBound.Floor, "120000")]
    [InlineData("$120k+ (plus equity)", SalaryBound.Floor, "120000")]
    [InlineData("Starting at £55,000", SalaryBound.Floor, "55000")]
    [InlineData("ab 60.000 €", SalaryBound.Floor, "60000")]
    [InlineData("$150k or more", SalaryBound.Floor, "150000")]
    [InlineData("Salary: $150k", SalaryBound.Range, "150000")]
    [InlineData("$150k–$170k + equity", SalaryBound.Range, "170000")]
    [InlineData("From $140k to $160k", SalaryBound.Range, "160000")]
    [InlineData("between $140k and $160k", SalaryBound.Range, "160000")]
    public void ReadsFloorsAndCeilings(string value, SalaryBound bound, string maximum)
    {
        var result = MoneyParser.Parse(value);

        Assert.Null(result.Error);
        Assert.Equal(bound, result.Bound);
        Assert.Equal(decimal.Parse(maximum, System.Globalization.CultureInfo.InvariantCulture), result.Maximum);
    }

    [Theory]
    [InlineData("TC $310k (base $190k)", PayBasis.Base, "190000", "310000")]
    [InlineData("$190k base, $310k TC", PayBasis.Base, "190000", "310000")]
    [InlineData("Base: $190k; total comp $310k", PayBasis.Base, "190000", "310000")]
    [InlineData("$170k–$190k base (TC up to $300k)", PayBasis.Base, "190000", "300000")]
    [InlineData("$190k base + bonus", PayBasis.Base, "190000", null)]
    [InlineData("TC $310k", PayBasis.TotalCompensation, "310000", null)]
    [InlineData("$160,000 OTE", PayBasis.OnTargetEarnings, "160000", null)]
    [InlineData("$150k (bonus $20k)", PayBasis.Salary, "150000", null)]
    public void ReadsBaseAndTotalCompensation(string value, PayBasis basis, string compared, string? total)
    {
        var result = MoneyParser.Parse(value);

        Assert.Null(result.Error);
        Assert.Equal(basis, result.Basis);
        Assert.Equal(decimal.Parse(compared, System.Globalization.CultureInfo.InvariantCulture), result.Maximum);
        Assert.Equal(total is null ? null : decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture), result.TotalCompensation);
    }

    [Theory]
    [InlineData("70 000 €", true)]
    [InlineData("$1.500", true)]
    [InlineData("€55.000", true)]
    [InlineData("$150,000", false)]
    [InlineData("$150k", false)]
    public void MarksNumbersReadThroughAmbiguousSeparators(string value, bool split) => Assert.Equal(split, MoneyParser.Parse(value).SplitNumber);

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
    [InlineData("2500000", "INR", "₹25L")]
    [InlineData("12000000", "INR", "₹1.2Cr")]
    [InlineData("95000", "INR", "₹95k")]
    [InlineData("60000", "CHF", "CHF 60k")]
    [InlineData("120000", "CAD", "CAD 120k")]
    public void FormatsCompactly(string amount, string currency, string expected)
    {
        Assert.Equal(expected, MoneyFormat.Compact(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency));
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
        Assert.Equal(symbol, MoneyFormat.Symbol(currency));
    }

    [Fact]
    public void NeverThrowsOnRandomInput()
    {
        string[] pieces =
        [
            "$", "£", "€", "¥", "CA$", "USD", "EUR", "DOE", "150", "150,000", "55.000", "1.2", "99999999999999999999999999999",
            "k", "K", "M", "MM", " ", "-", "–", "—", " to ", "/hr", "/month", " per year", " an hour", "(", ",", "+",
            "plus", "Competitive", "TBD", "\0", "😀", "\uD800", "٣", "$200,000 - $250,000", "$65/hr", "$180k-150k",
            "Up to ", "From ", "+", " base", "TC ", " OTE", "\u00A0", "\u202F", "000", "lakh", " LPA", "Cr", "'", ".000,00", "/day",
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
                _ = MoneyFormat.Compact(result.Maximum, result.Currency ?? "USD");
            }
        }

        // The generator must actually reach every outcome, or the fuzz proves little.
        Assert.Equal(4, statuses.Count);
    }
}
