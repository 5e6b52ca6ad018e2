using DossierLsp.Core.Config;
using DossierLsp.Core.Tests.Support;
using DossierLsp.Core.Text;
using static DossierLsp.Core.Tests.Schemas.SchemaLoaderTests;

namespace DossierLsp.Core.Tests.Configuration;

public sealed class ConfigLoaderTests
{
    private const string ConfigPath = "/w/project/dossier.config.yaml";

    private const string Full = """
        schema: schemas/my-schema.yaml
        include:
          - "jobs/**/*.md"
          - glob: contracts/*.md
            schema: ../shared/contract.yaml
          - glob: "*.dossier.md"
            schema: job-dossier
        exclude: [README.md, drafts/**]
        dateOrder: dmy
        profile:
          minimumSalary: 180_000
          currency: gbp
          hoursPerYear: 1950
          preferredLocations: [Remote, London]
          exchangeRates:
            usd: 0.79
            EUR: 0.85
        rules:
          salary-below-minimum: error
          section-order: warning
          enum-case: info
          field-style: off
          title-pattern: false

        """;

    [Fact]
    public void Every_profile_key_read_from_a_file_is_explained_with_its_position()
    {
        string yaml = Full.Replace("profile:\n", "profile:\n  followUpAfterDays: 10\n  staleAfterDays: 30\n", StringComparison.Ordinal);
        ConfigLoadResult result = ConfigLoader.Parse(yaml, ConfigPath);
        Assert.Empty(result.Errors);
        var settings = ProfileKeys.InForce(result.Config.Profile).ToDictionary(s => s.Name, s => $"{s.Value} ({s.Source})");
        Assert.Equal($"10 ({ConfigPath}:11:22)", settings["followUpAfterDays"]);
        Assert.Equal($"[Remote, London] ({ConfigPath}:16:23)", settings["preferredLocations"]);
        Assert.Equal($"0.79 ({ConfigPath}:18:10)", settings["exchangeRates.USD"]);
        Assert.All(ProfileKeys.Names, name => Assert.Contains(settings.Keys, key => key == name || key.StartsWith(name + ".", StringComparison.Ordinal)));
        Assert.All(settings.Values, value => Assert.Contains(ConfigPath, value));
    }

    private static string[] Errors(string yaml) =>
        ConfigLoader.Parse(yaml, ConfigPath).Errors.Select(e => $"{e.Line}:{e.Column} {e.Message}").ToArray();

    [Fact]
    public void Parses_every_key()
    {
        ConfigLoadResult result = ConfigLoader.Parse(Full, ConfigPath);
        Assert.Empty(result.Errors);
        DossierConfig config = result.Config;
        Assert.Equal(ConfigPath, config.Path);
        Assert.Equal("/w/project", config.BaseDirectory);
        Assert.Equal("/w/project/schemas/my-schema.yaml", config.Schema.Value);
        Assert.Equal(new ValueSource(ConfigPath, ConfigPath, 1, 9), config.Schema.Source);
        Assert.Equal(
            [new IncludePattern("jobs/**/*.md", null), new IncludePattern("contracts/*.md", "/w/shared/contract.yaml"), new IncludePattern("*.dossier.md", "job-dossier")],
            config.Include);
        Assert.Equal(["README.md", "drafts/**"], config.Exclude);
        Assert.Equal(DateOrder.DayMonthYear, config.DateOrder.Value);

        Profile profile = config.Profile;
        Assert.Equal(180_000m, profile.MinimumSalary!.Value);
        Assert.Equal($"{ConfigPath}:11:18", profile.MinimumSalary.Source.ToString());
        Assert.Equal("GBP", profile.Currency.Value);
        Assert.Equal(1950m, profile.HoursPerYear.Value);
        Assert.Equal(["Remote", "London"], profile.PreferredLocations!.Value);
        Assert.Equal((14, 23), (profile.PreferredLocations.Source.Line, profile.PreferredLocations.Source.Column));
        Assert.Equal(0.79m, profile.ExchangeRates["USD"].Value);
        Assert.Equal(0.85m, profile.ExchangeRates["eur"].Value);
        Assert.Equal(16, profile.ExchangeRates["USD"].Source.Line);

        Assert.Equal(RuleLevel.Error, config.Rules["salary-below-minimum"].Value);
        Assert.Equal(RuleLevel.Warning, config.Rules["section-order"].Value);
        Assert.Equal(RuleLevel.Info, config.Rules["enum-case"].Value);
        Assert.Equal(RuleLevel.Off, config.Rules["field-style"].Value);
        Assert.Equal(RuleLevel.Off, config.Rules["TITLE-PATTERN"].Value);
        Assert.Equal(new ValueSource(ConfigPath, ConfigPath, 19, 25), config.Rules["salary-below-minimum"].Source);
    }

    [Fact]
    public void Defaults_without_any_file()
    {
        ConfigLoadResult result = ConfigLoader.Resolve(new MemoryHost([]), null);
        Assert.Empty(result.Errors);
        DossierConfig config = result.Config;
        Assert.Null(config.Path);
        Assert.Null(config.BaseDirectory);
        Assert.Equal(("job-dossier", ValueSource.Default), (config.Schema.Value, config.Schema.Source));
        Assert.Empty(config.Include);
        Assert.Empty(config.Exclude);
        Assert.Equal(DateOrder.MonthDayYear, config.DateOrder.Value);
        Assert.Null(config.Profile.MinimumSalary);
        Assert.Null(config.Profile.PreferredLocations);
        Assert.Equal(("USD", "default"), (config.Profile.Currency.Value, config.Profile.Currency.Source.ToString()));
        Assert.Equal(2080m, config.Profile.HoursPerYear.Value);
        Assert.Empty(config.Profile.ExchangeRates);
        Assert.Empty(config.Rules);
    }

    [Theory]
    [InlineData("schema: job-dossier", "job-dossier")]
    [InlineData("schema: my-schema.yaml", "/w/project/my-schema.yaml")]
    [InlineData("schema: my-schema.yml", "/w/project/my-schema.yml")]
    [InlineData("schema: ../shared/s.yaml", "/w/shared/s.yaml")]
    [InlineData("schema: /abs/s.yaml", "/abs/s.yaml")]
    [InlineData("schema: sub/custom", "/w/project/sub/custom")]
    public void Schema_paths_are_made_absolute_relative_to_the_config(string yaml, string expected) =>
        Assert.Equal(expected, ConfigLoader.Parse(yaml, ConfigPath).Config.Schema.Value);

    [Theory]
    [InlineData("{ glob: '*.md', schema: job-dossier }", "job-dossier")]
    [InlineData("{ glob: '*.md', schema: s.yaml }", "/w/project/s.yaml")]
    [InlineData("{ glob: '*.md', schema: s.yml }", "/w/project/s.yml")]
    [InlineData("{ glob: '*.md', schema: sub/s }", "/w/project/sub/s")]
    [InlineData("{ glob: '*.md' }", null)]
    public void Include_schemas_are_resolved_like_the_top_level_schema(string include, string? expected) =>
        Assert.Equal(expected, Assert.Single(ConfigLoader.Parse($"include:\n  - {include}\n", ConfigPath).Config.Include).Schema);

    [Fact]
    public void A_single_include_or_exclude_glob_may_be_written_without_a_list()
    {
        DossierConfig config = ConfigLoader.Parse("include: '**/*.md'\nexclude: README.md\n", ConfigPath).Config;
        Assert.Equal([new IncludePattern("**/*.md", null)], config.Include);
        Assert.Equal(["README.md"], config.Exclude);
    }

    [Fact]
    public void Reminder_days_default_to_a_week_and_three_weeks_and_can_be_set()
    {
        Assert.Equal((7, 21), (Profile.Empty.FollowUpAfterDays.Value, Profile.Empty.StaleAfterDays.Value));
        ConfigLoadResult result = ConfigLoader.Parse("profile:\n  followUpAfterDays: 10\n  staleAfterDays: '30'\n", ConfigPath);
        Assert.Empty(result.Errors);
        Assert.Equal(10, result.Config.Profile.FollowUpAfterDays.Value);
        Assert.Equal($"{ConfigPath}:2:22", result.Config.Profile.FollowUpAfterDays.Source.ToString());
        Assert.Equal(30, result.Config.Profile.StaleAfterDays.Value);
    }

    [Fact]
    public void Unknown_keys_are_reported_with_line_and_column()
    {
        Assert.Equal(["2:1 unknown key 'exlude' in the config; did you mean 'exclude'?"], Errors("schema: job-dossier\nexlude: [a]\n"));
        Assert.Equal(["1:1 unknown key 'colour' in the config; expected one of: \"schema\", \"include\", \"exclude\", \"dateOrder\", \"profile\", \"rules\""], Errors("colour: red\n"));
        Assert.Equal(["2:3 unknown key 'minSalary' in profile; expected one of: \"minimumSalary\", \"currency\", \"hoursPerYear\", \"preferredLocations\", \"exchangeRates\", \"followUpAfterDays\", \"staleAfterDays\""], Errors("profile:\n  minSalary: 1\n"));
        Assert.Equal(["2:3 unknown key 'currancy' in profile; did you mean 'currency'?"], Errors("profile:\n  currancy: USD\n"));
        Assert.Equal(["2:21 unknown key 'schemas' in an include; did you mean 'schema'?"], Errors("include:\n  - { glob: '*.md', schemas: x }\n"));
    }

    [Fact]
    public void Bad_values_are_reported_where_they_are()
    {
        Assert.Equal(["1:12 dateOrder must be mdy or dmy, not 'ymd'"], Errors("dateOrder: ymd\n"));
        Assert.Equal(["2:18 minimumSalary must be a number of at least 0, not '$180k'"], Errors("profile:\n  minimumSalary: $180k\n"));
        Assert.Equal(["2:18 minimumSalary must be a number of at least 0, not '-5'"], Errors("profile:\n  minimumSalary: -5\n"));
        Assert.Equal(["2:17 hoursPerYear must be a number of at least 1, not '0'"], Errors("profile:\n  hoursPerYear: 0\n"));
        Assert.Equal(["2:13 currency must be a three-letter code such as USD, not 'dollars'"], Errors("profile:\n  currency: dollars\n"));
        Assert.Equal(["2:22 followUpAfterDays must be a number of at least 1, not '0'"], Errors("profile:\n  followUpAfterDays: 0\n"));
        Assert.Equal(["2:19 staleAfterDays must be a whole number of days from 1 to 3650, not '2.5'"], Errors("profile:\n  staleAfterDays: 2.5\n"));
        Assert.Equal(["2:23 preferredLocations must be a list of values"], Errors("profile:\n  preferredLocations: { a: b }\n"));
        Assert.Equal(["2:25 exchange rate for EUR must be a number of at least 0, not 'lots'"], Errors("profile:\n  exchangeRates: { EUR: lots }\n"));
        Assert.Equal(["2:16 rules.field-style must be error, warning, info or off, not 'loud'"], Errors("rules:\n  field-style: loud\n"));
        Assert.Equal(["1:8 rules must be a mapping of keys to values"], Errors("rules: [a]\n"));
        Assert.Equal(["1:10 profile must be a mapping of keys to values"], Errors("profile: 180000\n"));
        Assert.Equal(["2:5 include must be a list of globs or of { glob, schema }"], Errors("include:\n  - [a]\n"));
        Assert.Equal(["2:5 an include needs 'glob'"], Errors("include:\n  - { schema: x }\n"));
        Assert.Equal(["1:9 schema must be a single value, not a list or mapping"], Errors("schema: [a]\n"));
        Assert.Equal(["1:1 the config must be a mapping of keys to values"], Errors("- a\n"));
    }

    [Fact]
    public void Bad_values_leave_the_lower_value_in_force()
    {
        ConfigLoadResult result = ConfigLoader.Parse("dateOrder: ymd\nprofile:\n  currency: dollars\n  hoursPerYear: 0\n", ConfigPath);
        Assert.Equal(3, result.Errors.Count);
        Assert.Equal(DateOrder.MonthDayYear, result.Config.DateOrder.Value);
        Assert.Equal("USD", result.Config.Profile.Currency.Value);
        Assert.Equal(2080m, result.Config.Profile.HoursPerYear.Value);
    }

    [Fact]
    public void Yaml_errors_carry_the_config_path()
    {
        ConfigError error = Assert.Single(ConfigLoader.Parse("a: 1\na: 2\n", ConfigPath).Errors);
        Assert.Equal(new ConfigError(ConfigPath, 2, 1, "duplicate key 'a'"), error);
        Assert.Equal($"{ConfigPath}:2:1: duplicate key 'a'", error.ToString());
    }

    [Fact]
    public void FindConfigFile_walks_up_to_the_nearest()
    {
        var host = new MemoryHost(new()
        {
            ["/w/dossier.config.yaml"] = "",
            ["/w/project/a/dossier.config.yaml"] = "",
        });
        Assert.Equal("/w/project/a/dossier.config.yaml", ConfigLoader.FindConfigFile(host, "/w/project/a"));
        Assert.Equal("/w/project/a/dossier.config.yaml", ConfigLoader.FindConfigFile(host, "/w/project/a/b/c"));
        Assert.Equal("/w/dossier.config.yaml", ConfigLoader.FindConfigFile(host, "/w/project/b"));
        Assert.Equal("/w/dossier.config.yaml", ConfigLoader.FindConfigFile(host, "/w"));
        Assert.Null(ConfigLoader.FindConfigFile(host, "/other/place"));
    }

    [Fact]
    public void FindConfigFile_stops_at_an_unreadable_config()
    {
        var host = new ThrowingHost("/w/project/dossier.config.yaml", new MemoryHost(new() { ["/w/dossier.config.yaml"] = "" }));
        Assert.Equal("/w/project/dossier.config.yaml", ConfigLoader.FindConfigFile(host, "/w/project/sub"));
        ConfigError error = Assert.Single(ConfigLoader.Resolve(host, "/w/project/dossier.config.yaml").Errors);
        Assert.Equal(("/w/project/dossier.config.yaml", 1, 1), (error.File, error.Line, error.Column));
        Assert.StartsWith("cannot read: ", error.Message);
    }

    private const string UserProfile = """
        minimumSalary: 100000
        currency: EUR
        hoursPerYear: 2000
        preferredLocations: [Berlin]
        exchangeRates:
          USD: 0.9
          GBP: 1.15

        """;

    private const string EnvProfile = """
        profile:
          currency: GBP
          preferredLocations: [London, Remote]
          exchangeRates:
            USD: 0.8

        """;

    private const string WorkspaceConfig = """
        profile:
          preferredLocations: [Remote]

        """;

    [Fact]
    public void Precedence_is_user_profile_then_DOSSIER_PROFILE_then_workspace_key_by_key()
    {
        var host = new MemoryHost(
            new()
            {
                ["/xdg/dossier/profile.yaml"] = UserProfile,
                ["/secrets/profile.yaml"] = EnvProfile,
                [ConfigPath] = WorkspaceConfig,
            },
            new() { ["XDG_CONFIG_HOME"] = "/xdg", ["DOSSIER_PROFILE"] = "/secrets/profile.yaml" },
            home: "/home/me");
        ConfigLoadResult result = ConfigLoader.Resolve(host, ConfigPath);
        Assert.Empty(result.Errors);
        Profile profile = result.Config.Profile;

        // Only in the user profile.
        Assert.Equal(100_000m, profile.MinimumSalary!.Value);
        Assert.Equal(new ValueSource("/xdg/dossier/profile.yaml", "/xdg/dossier/profile.yaml", 1, 16), profile.MinimumSalary.Source);
        Assert.Equal(2000m, profile.HoursPerYear.Value);
        Assert.Equal(("/xdg/dossier/profile.yaml", 3, 15), (profile.HoursPerYear.Source.File, profile.HoursPerYear.Source.Line, profile.HoursPerYear.Source.Column));
        // The DOSSIER_PROFILE file overrides the user profile…
        Assert.Equal("GBP", profile.Currency.Value);
        Assert.Equal(new ValueSource("/secrets/profile.yaml", "/secrets/profile.yaml", 2, 13), profile.Currency.Source);
        // …and the workspace config overrides both.
        Assert.Equal(["Remote"], profile.PreferredLocations!.Value);
        Assert.Equal(new ValueSource(ConfigPath, ConfigPath, 2, 23), profile.PreferredLocations.Source);
        // Exchange rates merge currency by currency.
        Assert.Equal((0.8m, "/secrets/profile.yaml", 5), (profile.ExchangeRates["USD"].Value, profile.ExchangeRates["USD"].Source.File, profile.ExchangeRates["USD"].Source.Line));
        Assert.Equal((1.15m, "/xdg/dossier/profile.yaml", 7), (profile.ExchangeRates["GBP"].Value, profile.ExchangeRates["GBP"].Source.File, profile.ExchangeRates["GBP"].Source.Line));
        Assert.Equal(ConfigPath, result.Config.Path);
    }

    [Fact]
    public void The_user_profile_is_under_home_when_XDG_CONFIG_HOME_is_unset_or_empty()
    {
        var files = new Dictionary<string, string> { ["/home/me/.config/dossier/profile.yaml"] = "minimumSalary: 5\n", ["/xdg/dossier/profile.yaml"] = "minimumSalary: 7\n" };
        Assert.Equal(5m, ConfigLoader.Resolve(new MemoryHost(files, home: "/home/me"), null).Config.Profile.MinimumSalary!.Value);
        Assert.Equal(5m, ConfigLoader.Resolve(new MemoryHost(files, new() { ["XDG_CONFIG_HOME"] = "" }, "/home/me"), null).Config.Profile.MinimumSalary!.Value);
        Assert.Equal(7m, ConfigLoader.Resolve(new MemoryHost(files, new() { ["XDG_CONFIG_HOME"] = "/xdg" }, "/home/me"), null).Config.Profile.MinimumSalary!.Value);
        Assert.Null(ConfigLoader.Resolve(new MemoryHost(files), null).Config.Profile.MinimumSalary);
    }

    [Fact]
    public void A_missing_user_profile_is_fine_but_a_missing_DOSSIER_PROFILE_or_config_is_an_error()
    {
        var host = new MemoryHost([], new() { ["DOSSIER_PROFILE"] = "/nowhere.yaml" }, "/home/me");
        ConfigLoadResult result = ConfigLoader.Resolve(host, "/w/missing/dossier.config.yaml");
        Assert.Equal(
            [new ConfigError("/nowhere.yaml", 1, 1, "file not found"), new ConfigError("/w/missing/dossier.config.yaml", 1, 1, "file not found")],
            result.Errors);
    }

    [Fact]
    public void A_profile_file_holds_keys_at_the_top_or_under_profile()
    {
        var top = new MemoryHost(new() { ["/p.yaml"] = "currency: CAD\n" }, new() { ["DOSSIER_PROFILE"] = "/p.yaml" });
        var nested = new MemoryHost(new() { ["/p.yaml"] = "profile:\n  currency: CAD\n" }, new() { ["DOSSIER_PROFILE"] = "/p.yaml" });
        Assert.Equal("CAD", ConfigLoader.Resolve(top, null).Config.Profile.Currency.Value);
        Assert.Equal("CAD", ConfigLoader.Resolve(nested, null).Config.Profile.Currency.Value);
        Assert.Equal(2, ConfigLoader.Resolve(nested, null).Config.Profile.Currency.Source.Line);
    }

    [Fact]
    public void A_profile_file_allows_only_profile_keys()
    {
        var host = new MemoryHost(new() { ["/p.yaml"] = "currency: CAD\nrules: {}\n" }, new() { ["DOSSIER_PROFILE"] = "/p.yaml" });
        ConfigLoadResult result = ConfigLoader.Resolve(host, null);
        ConfigError error = Assert.Single(result.Errors);
        Assert.Equal(("/p.yaml", 2, 1), (error.File, error.Line, error.Column));
        Assert.StartsWith("unknown key 'rules' in profile", error.Message);
        Assert.Equal("CAD", result.Config.Profile.Currency.Value);
    }

    [Fact]
    public void Workspace_keys_other_than_the_profile_come_only_from_the_config()
    {
        var host = new MemoryHost(new() { [ConfigPath] = "dateOrder: dmy\nrules: { enum-case: off }\n" }, home: "/home/me");
        DossierConfig config = ConfigLoader.Resolve(host, ConfigPath).Config;
        Assert.Equal(DateOrder.DayMonthYear, config.DateOrder.Value);
        Assert.Equal(RuleLevel.Off, config.Rules["enum-case"].Value);
        Assert.Equal("/w/project", config.BaseDirectory);
    }

    [Fact]
    public void Value_sources_point_at_the_value()
    {
        const string yaml = "profile:\n  minimumSalary:   150000\n";
        Sourced<decimal> minimum = ConfigLoader.Parse(yaml, ConfigPath).Config.Profile.MinimumSalary!;
        Assert.Equal($"{ConfigPath}:{At(yaml, "150000")}", minimum.Source.ToString());
    }

    private sealed class ThrowingHost(string failing, IConfigHost inner) : IConfigHost
    {
        public string? ReadAllText(string path) => path == failing ? throw new IOException("permission denied") : inner.ReadAllText(path);

        public string? GetEnvironmentVariable(string name) => inner.GetEnvironmentVariable(name);

        public string? HomeDirectory => inner.HomeDirectory;
    }
}
