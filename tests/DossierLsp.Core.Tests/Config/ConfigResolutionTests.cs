using DossierLsp.Core.Config;
using DossierLsp.Core.Tests.Support;

namespace DossierLsp.Core.Tests.Config;

public sealed class ConfigResolutionTests
{
    [Fact]
    public void Reads_every_key_with_its_source()
    {
        const string yaml = """
            schema: schemas/mine.yaml
            include:
              - "jobs/**/*.md"
              - { glob: "contracts/*.md", schema: job-dossier }
            exclude: [README.md]
            dateOrder: dmy
            profile:
              minimumSalary: 180000
              currency: gbp
              hoursPerYear: 1950
              preferredLocations: [Remote, London]
              exchangeRates: { USD: 0.79 }
            rules:
              section-order: off
              salary-missing: error
            """;
        ConfigLoadResult result = ConfigLoader.Parse(yaml, "/w/dossier.config.yaml");
        Assert.Empty(result.Errors);
        DossierConfig config = result.Config;
        Assert.Equal("/w/schemas/mine.yaml", config.Schema.Value);
        Assert.Equal([new IncludePattern("jobs/**/*.md", null), new IncludePattern("contracts/*.md", "job-dossier")], config.Include);
        Assert.Equal(["README.md"], config.Exclude);
        Assert.Equal(DateOrder.DayMonthYear, config.DateOrder);
        Assert.Equal(180000m, config.Profile.MinimumSalary!.Value);
        Assert.Equal(new ValueSource("/w/dossier.config.yaml", "/w/dossier.config.yaml", 8, 18), config.Profile.MinimumSalary.Source);
        Assert.Equal("GBP", config.Profile.Currency.Value);
        Assert.Equal(1950m, config.Profile.HoursPerYear.Value);
        Assert.Equal(["Remote", "London"], config.Profile.PreferredLocations!.Value);
        Assert.Equal(0.79m, config.Profile.ExchangeRates["USD"].Value);
        Assert.Equal(RuleLevel.Off, config.Rules["section-order"].Value);
        Assert.Equal(RuleLevel.Error, config.Rules["salary-missing"].Value);
    }

    [Theory]
    [InlineData("profle:\n  minimumSalary: 1\n", 1, 1, "unknown key 'profle' in the config; did you mean 'profile'?")]
    [InlineData("profile:\n  minimumSalary: lots\n", 2, 18, "minimumSalary must be a number of at least 0, not 'lots'")]
    [InlineData("profile:\n  currency: dollars\n", 2, 13, "currency must be a three-letter code such as USD, not 'dollars'")]
    [InlineData("dateOrder: ymd\n", 1, 12, "dateOrder must be mdy or dmy, not 'ymd'")]
    [InlineData("rules:\n  enum-invalid: loud\n", 2, 17, "rules.enum-invalid must be error, warning, info or off, not 'loud'")]
    [InlineData("include: [{ glob: 1, schemas: x }]\n", 1, 22, "unknown key 'schemas' in an include; did you mean 'schema'?")]
    [InlineData("profile: [1]\n", 1, 10, "profile must be a mapping of keys to values")]
    [InlineData("profile:\n  minimumSalary: 1\n  minimumSalary: 2\n", 3, 3, "duplicate key 'minimumSalary'")]
    public void Bad_values_are_reported_with_line_and_column(string yaml, int line, int column, string message)
    {
        ConfigError error = Assert.Single(ConfigLoader.Parse(yaml, "/w/dossier.config.yaml").Errors);
        Assert.Equal(("/w/dossier.config.yaml", line, column, message), (error.File, error.Line, error.Column, error.Message));
    }

    [Fact]
    public void Finds_the_nearest_config_walking_up()
    {
        var host = new MemoryHost(new() { ["/w/dossier.config.yaml"] = "", ["/w/a/dossier.config.yaml"] = "" });
        Assert.Equal("/w/a/dossier.config.yaml", ConfigLoader.FindConfigFile(host, "/w/a/b/c"));
        Assert.Equal("/w/dossier.config.yaml", ConfigLoader.FindConfigFile(host, "/w/x"));
        Assert.Null(ConfigLoader.FindConfigFile(host, "/elsewhere"));
    }

    [Fact]
    public void Profile_sources_merge_key_by_key_user_then_env_then_workspace()
    {
        var host = new MemoryHost(
            new()
            {
                ["/home/me/.config/dossier/profile.yaml"] = "minimumSalary: 100000\ncurrency: EUR\nhoursPerYear: 2000\n",
                ["/secrets/profile.yaml"] = "profile:\n  minimumSalary: 150000\n  currency: GBP\n",
                ["/w/dossier.config.yaml"] = "profile:\n  currency: USD\n",
            },
            new() { ["DOSSIER_PROFILE"] = "/secrets/profile.yaml" },
            home: "/home/me");
        ConfigLoadResult result = ConfigLoader.Resolve(host, "/w/dossier.config.yaml");
        Assert.Empty(result.Errors);
        Profile profile = result.Config.Profile;
        Assert.Equal(150000m, profile.MinimumSalary!.Value);
        Assert.Equal("/secrets/profile.yaml", profile.MinimumSalary.Source.File);
        Assert.Equal("USD", profile.Currency.Value);
        Assert.Equal("/w/dossier.config.yaml", profile.Currency.Source.File);
        Assert.Equal(2000m, profile.HoursPerYear.Value);
        Assert.Equal("/home/me/.config/dossier/profile.yaml", profile.HoursPerYear.Source.File);
    }

    [Fact]
    public void Xdg_config_home_wins_over_home_and_a_missing_env_profile_is_an_error()
    {
        var host = new MemoryHost(
            new() { ["/xdg/dossier/profile.yaml"] = "minimumSalary: 5\n" },
            new() { ["XDG_CONFIG_HOME"] = "/xdg", ["DOSSIER_PROFILE"] = "/nowhere.yaml" },
            home: "/home/me");
        ConfigLoadResult result = ConfigLoader.Resolve(host, null);
        Assert.Equal(5m, result.Config.Profile.MinimumSalary!.Value);
        ConfigError error = Assert.Single(result.Errors);
        Assert.Equal("/nowhere.yaml", error.File);
    }
}
