using DossierLsp.Core.Analysis;
using DossierLsp.Core.Config;
using DossierLsp.Core.Language;
using DossierLsp.Core.Language.ConfigFile;
using DossierLsp.Core.Rules;
using DossierLsp.Core.Tests.Support;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;

namespace DossierLsp.Core.Tests.Language;

/// <summary>Completion, hover and "did you mean" in dossier.config.yaml, one call each with a cursor marker.</summary>
public sealed class ConfigFileTests
{
    private static (SourceText Text, int Offset) At(string yaml)
    {
        int offset = yaml.IndexOf(Dossiers.Cursor, StringComparison.Ordinal);
        Assert.True(offset >= 0, "the test text needs a $$CURSOR$$ marker");
        return (new SourceText(yaml.Remove(offset, Dossiers.Cursor.Length)), offset);
    }

    private static IReadOnlyList<CompletionCandidate> Complete(string yaml)
    {
        var (text, offset) = At(yaml);
        return ConfigFileService.Complete(text, offset);
    }

    private static string[] Labels(string yaml) => [.. Complete(yaml).Select(c => c.Label)];

    /// <summary>The text after applying the completion labelled <paramref name="label"/> in its plain form.</summary>
    private static string Accept(string yaml, string label)
    {
        var (text, offset) = At(yaml);
        CompletionCandidate item = ConfigFileService.Complete(text, offset).Single(c => c.Label == label);
        return Dossiers.Apply(text.Text, [new TextEdit(item.ReplaceSpan, item.IsSnippet ? item.PlainText! : item.InsertText)]);
    }

    private static readonly string[] TopKeys = ["schema", "include", "exclude", "dateOrder", "profile", "rules"];

    [Theory]
    [InlineData("$$CURSOR$$")]
    [InlineData("sch$$CURSOR$$")]
    [InlineData("sch$$CURSOR$$: x\n")]
    [InlineData("# a comment\n\n$$CURSOR$$")]
    public void Top_level_keys_complete_at_the_left_margin(string yaml) => Assert.Equal(TopKeys, Labels(yaml));

    [Theory]
    [InlineData("schema: job-dossier\n$$CURSOR$$", new[] { "include", "exclude", "dateOrder", "profile", "rules" })]
    [InlineData("profile:\n  minimumSalary: 1\n$$CURSOR$$\nrules:\n  a: off\n", new[] { "schema", "include", "exclude", "dateOrder" })]
    [InlineData("profile:\n  currency: USD\n  min$$CURSOR$$\n  hoursPerYear: 1\nschema: x\n", new[] { "minimumSalary", "preferredLocations", "exchangeRates", "followUpAfterDays", "staleAfterDays" })]
    [InlineData("include:\n  - glob: a/*.md\n    $$CURSOR$$\n  - schema: x\n", new[] { "schema" })]
    public void Keys_the_mapping_already_has_are_not_offered_again(string yaml, string[] expected) => Assert.Equal(expected, Labels(yaml));

    [Theory]
    [InlineData("profile:\n  $$CURSOR$$")]
    [InlineData("profile:\n  exchangeRates:\n    EUR: 1.08\n    GBP: 1.2\n  $$CURSOR$$", true)]
    [InlineData("# mine\nprofile:\n\n  # the floor\n  $$CURSOR$$\nrules: {}\n")]
    public void Profile_keys_complete_under_profile(string yaml, bool hasRates = false) =>
        Assert.Equal(ProfileKeys.Names.Where(n => !hasRates || n != "exchangeRates"), Labels(yaml));

    [Fact]
    public void Rule_ids_complete_under_rules_with_their_summary()
    {
        var items = Complete("rules:\n  salary-missing: off\n  sec$$CURSOR$$\n");
        Assert.Equal(RuleCatalog.All.Select(r => r.Id).Where(id => id != "salary-missing"), items.Select(i => i.Label));
        CompletionCandidate order = items.Single(i => i.Label == "section-order");
        Assert.Contains(RuleCatalog.Find("section-order")!.Summary, order.Documentation);
        Assert.Equal("sec", order.ReplaceSpan.Length == 3 ? "sec" : null);
        Assert.Equal("section-order: ${1|error,warning,info,off|}", order.InsertText);
        Assert.Equal("section-order: ", order.PlainText);
    }

    [Theory]
    [InlineData("rules:\n  salary-missing: $$CURSOR$$")]
    [InlineData("rules:\n  salary-missing: wa$$CURSOR$$rn")]
    [InlineData("rules:\n  salary-missing:$$CURSOR$$")]
    public void Severities_complete_as_the_value_of_a_rule(string yaml) => Assert.Equal(["error", "warning", "info", "off"], Labels(yaml));

    [Fact]
    public void A_value_right_after_the_colon_gets_a_space_and_a_typed_value_is_replaced_whole()
    {
        Assert.Equal("rules:\n  salary-missing: info", Accept("rules:\n  salary-missing:$$CURSOR$$", "info"));
        Assert.Equal("rules:\n  salary-missing: error # was warn\n", Accept("rules:\n  salary-missing: wa$$CURSOR$$rn # was warn\n", "error"));
    }

    [Theory]
    [InlineData("dateOrder: $$CURSOR$$", new[] { "mdy", "dmy" })]
    [InlineData("schema: $$CURSOR$$", new[] { "job-dossier" })]
    [InlineData("include:\n  - glob: jobs/*.md\n    schema: $$CURSOR$$", new[] { "job-dossier" })]
    [InlineData("include:\n- glob: jobs/*.md\n  schema: $$CURSOR$$", new[] { "job-dossier" })]
    public void Values_complete_where_a_key_takes_one_of_a_set(string yaml, string[] expected) => Assert.Equal(expected, Labels(yaml));

    [Fact]
    public void Currencies_complete_for_currency_and_as_exchange_rate_keys()
    {
        Assert.Contains("EUR", Labels("profile:\n  currency: $$CURSOR$$"));
        Assert.Contains("GBP", Labels("profile:\n  exchangeRates:\n    $$CURSOR$$"));
    }

    [Theory]
    [InlineData("include:\n  - glob: a/*.md\n    $$CURSOR$$", "schema")]
    [InlineData("include:\n  - $$CURSOR$$schema: x\n  - glob: b\n", "glob", "schema")] // the key under the cursor is the one being replaced
    [InlineData("include:\n- glob: a/*.md\n  $$CURSOR$$", "schema")]
    public void Include_mapping_keys_complete_inside_an_item(string yaml, params string[] expected) => Assert.Equal(expected, Labels(yaml));

    [Theory]
    [InlineData("exclude:\n  - dr$$CURSOR$$")] // a glob: anything goes
    [InlineData("profile:\n  preferredLocations: [Rem$$CURSOR$$]")] // inside a flow list
    [InlineData("profile:\n  minimumSalary: 18$$CURSOR$$")] // any number
    [InlineData("dateOrder: mdy # or$$CURSOR$$ dmy")] // a comment
    [InlineData("schema: x\n  $$CURSOR$$")] // below a key that already has its value
    [InlineData("schema:$$CURSOR$$ job-dossier")] // in the space before a value
    public void Nothing_is_offered_where_the_format_takes_free_text(string yaml) => Assert.Empty(Labels(yaml));

    [Fact]
    public void Keys_insert_their_colon_and_what_their_value_needs()
    {
        Assert.Equal("profile:\n  ", Accept("pro$$CURSOR$$", "profile"));
        Assert.Equal("exclude:\n  - ", Accept("$$CURSOR$$", "exclude"));
        Assert.Equal("dateOrder: ", Accept("$$CURSOR$$", "dateOrder"));
        Assert.Equal("profile:\n  currency: EUR\n", Accept("profile:\n  cur$$CURSOR$$: EUR\n", "currency"));
        var (text, offset) = At("$$CURSOR$$");
        Assert.Equal("dateOrder: ${1|mdy,dmy|}", ConfigFileService.Complete(text, offset).Single(c => c.Label == "dateOrder").InsertText);
    }

    [Fact]
    public void Windows_line_breaks_are_kept()
    {
        Assert.Equal("schema: job-dossier\r\nprofile:\r\n  ", Accept("schema: job-dossier\r\n$$CURSOR$$", "profile"));
        Assert.Equal(ProfileKeys.Names, Labels("profile:\r\n  $$CURSOR$$\r\n"));
    }

    private static HoverInfo? Hover(string yaml, DossierConfig? inForce = null)
    {
        var (text, offset) = At(yaml);
        return ConfigFileService.Hover(text, offset, inForce ?? DossierConfig.Default);
    }

    [Fact]
    public void Hover_on_a_key_shows_its_documentation_from_the_key_table()
    {
        HoverInfo hover = Hover("date$$CURSOR$$Order: dmy\n")!;
        Assert.Contains(ConfigKeys.Workspace.Single(k => k.Name == "dateOrder").Description, hover.Markdown);
        Assert.Equal(new TextSpan(0, "dateOrder".Length), hover.Span);
        Assert.Contains("the-profile", Hover("profile:\n  hoursPer$$CURSOR$$Year: 2000\n")!.Markdown);
        Assert.Contains(RuleCatalog.Find("salary-missing")!.Summary, Hover("rules:\n  salary-$$CURSOR$$missing: off\n")!.Markdown);
    }

    [Fact]
    public void Hover_makes_the_pages_relative_links_absolute()
    {
        string markdown = Hover("sche$$CURSOR$$ma: x.yaml\n")!.Markdown;
        Assert.Contains($"]({RuleDocs.Documentation}SCHEMA.md)", markdown);
        Assert.Contains($"]({RuleDocs.Documentation}CONFIG.md#which-files-are-dossiers)", Hover("incl$$CURSOR$$ude: '*.md'\n")!.Markdown);
    }

    [Theory]
    [InlineData("exlude$$CURSOR$$: [a]\n")] // unknown key
    [InlineData("dateOrder: $$CURSOR$$dmy\n")] // on a value
    [InlineData("profile:\n  minimumSalary: 1\n  $$CURSOR$$\n")] // nothing under the cursor
    public void No_hover_where_there_is_no_known_key(string yaml) => Assert.Null(Hover(yaml));

    [Fact]
    public void Hover_says_when_an_editor_setting_overrides_the_value_written_here()
    {
        var host = new MemoryHost(new() { ["/w/dossier.config.yaml"] = "profile:\n  minimumSalary: 100000\n  hoursPerYear: 2000\nrules:\n  section-order: off\n" });
        var workspace = new DossierWorkspace(host);
        workspace.SetOverlay(new SettingsOverlay { Profile = new Dictionary<string, SettingValue> { ["minimumSalary"] = new SettingValue.Number(150000) }, Rules = new Dictionary<string, RuleLevel> { ["section-order"] = RuleLevel.Error } });
        DossierConfig inForce = workspace.ConfigurationFor("/w/dossier.config.yaml");

        Assert.Contains("Overridden by the editor setting `dossier.profile.minimumSalary`**: `150000` is in force", Hover("profile:\n  minimum$$CURSOR$$Salary: 100000\n", inForce)!.Markdown);
        Assert.Contains("Overridden by the editor setting `dossier.rules`**: `error` is in force", Hover("rules:\n  section-$$CURSOR$$order: off\n", inForce)!.Markdown);
        Assert.DoesNotContain("Overridden", Hover("profile:\n  hoursPer$$CURSOR$$Year: 2000\n", inForce)!.Markdown);
        Assert.DoesNotContain("Overridden", Hover("profile:\n  minimum$$CURSOR$$Salary: 100000\n", new DossierWorkspace(host).ConfigurationFor("/w/dossier.config.yaml"))!.Markdown);
    }

    private static string[] Fixes(string yaml, TextSpan? range = null)
    {
        var text = new SourceText(yaml);
        return [.. ConfigFileService.CodeActions(text, range ?? new TextSpan(0, yaml.Length))
            .Select(a => $"{a.Fix.Title}: {Dossiers.Apply(yaml, a.Fix.Edits).Replace("\n", "|", StringComparison.Ordinal)}")];
    }

    [Fact]
    public void Did_you_mean_renames_unknown_keys_rules_and_levels_to_the_closest()
    {
        Assert.Equal(["Change to 'exclude': exclude: [a]|"], Fixes("exlude: [a]\n"));
        Assert.Equal(["Change to 'minimumSalary': profile:|  minimumSalary: 1|"], Fixes("profile:\n  minimumSalry: 1\n"));
        Assert.Equal(["Change to 'glob': include:|  - glob: a|"], Fixes("include:\n  - blob: a\n"));
        Assert.Equal(["Change to 'salary-missing': rules:|  salary-missing: off|"], Fixes("rules:\n  salary-mising: off\n"));
        Assert.Equal(["Change to 'warning': rules:|  salary-missing: warning|"], Fixes("rules:\n  salary-missing: warnig\n"));
        Assert.Equal(["Change to 'schema': schema: x|"], Fixes("Schema: x\n"));
    }

    [Fact]
    public void Did_you_mean_is_offered_only_where_the_range_touches_and_only_when_something_is_close()
    {
        const string yaml = "exlude: [a]\nrules:\n  salary-mising: off\n";
        Assert.Equal(["Change to 'exclude': exclude: [a]|rules:|  salary-mising: off|"], Fixes(yaml, new TextSpan(3, 0)));
        // The loader reports an unknown rule at its level: the fix is offered there too.
        Assert.Single(Fixes(yaml, new TextSpan(yaml.IndexOf("off", StringComparison.Ordinal), 0)));
        Assert.Empty(Fixes("completelyunrelated: 1\nrules:\n  zzzzzzzz: qqqqq\n"));
        Assert.Empty(Fixes("rules: [\n")); // does not parse: the loader's syntax error is the finding
    }

    [Fact]
    public void Only_dossier_config_yaml_and_the_profile_files_the_loader_reads_are_config_files()
    {
        var host = new MemoryHost([], new() { ["DOSSIER_PROFILE"] = "/searches/berlin.yaml" }, home: "/home/ann");
        Assert.Equal(ConfigFileKind.Workspace, ConfigFileService.KindOf("/w/jobs/dossier.config.yaml", host));
        Assert.Equal(ConfigFileKind.Profile, ConfigFileService.KindOf("/home/ann/.config/dossier/profile.yaml", host));
        Assert.Equal(ConfigFileKind.Profile, ConfigFileService.KindOf("/searches/berlin.yaml", host));
        Assert.Null(ConfigFileService.KindOf("/w/jobs/other.yaml", host));
        Assert.Null(ConfigFileService.KindOf("/w/jobs/dossier.config.yaml.md", host));
        Assert.Null(ConfigFileService.KindOf("/w/dossier/profile.yaml", host));
        var xdg = new MemoryHost([], new() { ["XDG_CONFIG_HOME"] = "/xdg" }, home: "/home/ann");
        Assert.Equal(ConfigFileKind.Profile, ConfigFileService.KindOf("/xdg/dossier/profile.yaml", xdg));
        Assert.Null(ConfigFileService.KindOf("/home/ann/.config/dossier/profile.yaml", xdg));
    }

    [Fact]
    public void A_profile_file_completes_and_documents_profile_keys_at_its_top_level_or_under_its_one_profile_key()
    {
        string[] Profile(string yaml)
        {
            var (text, offset) = At(yaml);
            return [.. ConfigFileService.Complete(text, offset, ConfigFileKind.Profile).Select(c => c.Label)];
        }
        Assert.Equal(ProfileKeys.Names.Where(n => n != "currency"), Profile("currency: EUR\n$$CURSOR$$"));
        Assert.Equal(ProfileKeys.Names, Profile("profile:\n  $$CURSOR$$"));
        Assert.Contains("EUR", Profile("currency: $$CURSOR$$"));
        Assert.Contains("EUR", Profile("exchangeRates:\n  $$CURSOR$$"));

        var (hoverText, hoverOffset) = At("minimum$$CURSOR$$Salary: 150000\n");
        HoverInfo hover = ConfigFileService.Hover(hoverText, hoverOffset, DossierConfig.Default, ConfigFileKind.Profile)!;
        Assert.StartsWith("**`minimumSalary`** (profile)", hover.Markdown);
    }

    [Fact]
    public void A_profile_file_offers_did_you_mean_for_its_keys_as_the_loader_reads_them()
    {
        string[] Fixes(string yaml) =>
            [.. ConfigFileService.CodeActions(new SourceText(yaml), new TextSpan(0, yaml.Length), ConfigFileKind.Profile).Select(a => a.Fix.Title)];
        Assert.Equal(["Change to 'minimumSalary'"], Fixes("minimumSalry: 1\n"));
        Assert.Equal(["Change to 'minimumSalary'"], Fixes("profile:\n  minimumSalry: 1\n"));
        Assert.Empty(Fixes("minimumSalary: 1\nrules:\n  x: off\n")); // rules: is not a profile key, and nothing close
    }
}
