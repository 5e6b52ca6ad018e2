using DossierLsp.Core.Analysis;
using DossierLsp.Core.Config;

namespace DossierLsp.Core.Tests.Config;

/// <summary>The one reading of rule levels and currency codes that the config file and the editor settings share.</summary>
public sealed class NamesTests
{
    [Theory]
    [InlineData("error", RuleLevel.Error)]
    [InlineData("warning", RuleLevel.Warning)]
    [InlineData("info", RuleLevel.Info)]
    [InlineData("off", RuleLevel.Off)]
    [InlineData("false", RuleLevel.Off)]
    public void Rule_levels_read_as_written(string text, RuleLevel expected) => Assert.Equal(expected, RuleLevelNames.Parse(text));

    [Theory]
    [InlineData("Error")]
    [InlineData("true")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_no_rule_level(string? text) => Assert.Null(RuleLevelNames.Parse(text));

    [Theory]
    [InlineData("usd", "USD")]
    [InlineData("Gbp", "GBP")]
    [InlineData("US", null)]
    [InlineData("USDX", null)]
    [InlineData("U$D", null)]
    [InlineData("ÜSD", null)]
    public void Currency_codes_are_three_ascii_letters(string text, string? expected) => Assert.Equal(expected, CurrencyCode.Normalize(text));

    [Fact]
    public void Severity_names_are_lower_case_words() =>
        Assert.Equal(["error", "warning", "info"], new[] { Severity.Error, Severity.Warning, Severity.Info }.Select(s => s.Name()));
}
