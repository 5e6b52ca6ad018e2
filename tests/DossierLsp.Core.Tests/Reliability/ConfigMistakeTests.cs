using DossierLsp.Core.Config;
using DossierLsp.Core.Tests.Support;
using DossierLsp.Core.Workspace;

namespace DossierLsp.Core.Tests.Reliability;

/// <summary>A config mistake is an error at its file, line and column, never silently accepted.</summary>
public sealed class ConfigMistakeTests
{
    private const string ConfigPath = "/w/dossier.config.yaml";

    private static string[] Errors(string yaml) =>
        new DossierWorkspace(new MemoryHost(new() { [ConfigPath] = yaml }), () => Dossiers.Today)
            .ConfigurationErrors("/w/d.md")
            .Select(e => $"{e.File}:{e.Line}:{e.Column}: {e.Message}")
            .ToArray();

    [Fact]
    public void An_unknown_rule_id_is_an_error_that_names_the_closest_rule() =>
        Assert.Equal(
            [$"{ConfigPath}:3:25: rules: 'salary-below-minimun' is not a rule; did you mean 'salary-below-minimum'?"],
            Errors("rules:\n  field-style: off\n  salary-below-minimun: off\n"));

    [Fact]
    public void An_exchange_rate_key_that_is_no_currency_code_is_an_error_at_the_key() =>
        Assert.Equal(
            [$"{ConfigPath}:4:5: exchangeRates keys must be three-letter currency codes such as EUR, not 'euro'"],
            Errors("profile:\n  exchangeRates:\n    USD: 1\n    euro: 1.09\n"));

    [Theory]
    [InlineData("schema: ''\n")]
    [InlineData("schema: '  '\n")]
    public void An_empty_schema_is_an_error(string yaml) =>
        Assert.Equal(
            [$"{ConfigPath}:1:9: schema is empty: name a built-in schema (such as job-dossier) or a schema file, or leave the key out"],
            Errors(yaml));
}
