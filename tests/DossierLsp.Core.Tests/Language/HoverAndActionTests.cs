using DossierLsp.Core.Analysis;
using DossierLsp.Core.Language;
using DossierLsp.Core.Tests.Support;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Tests.Language;

public sealed class HoverAndActionTests
{
    private const string Config = "profile:\n  minimumSalary: 180000\n";

    [Fact]
    public void Hover_on_field_key_shows_description_and_type()
    {
        var (analysis, offset) = Dossiers.AnalyzeAtCursor("# Job Application: A - B\n## Job Details\n- **Sal$$CURSOR$$ary Range**: $1\n");
        HoverInfo hover = DossierLanguageService.Hover(analysis, offset)!;
        Assert.Contains("money-range", hover.Markdown);
        Assert.Equal("Salary Range", analysis.Text.ToString(hover.Span));
    }

    [Fact]
    public void Hover_on_status_shows_its_place_in_the_lifecycle()
    {
        var (analysis, offset) = Dossiers.AnalyzeAtCursor("# Job Application: A - B\n## Job Details\n- **Application Status**: APP$$CURSOR$$LIED\n");
        HoverInfo hover = DossierLanguageService.Hover(analysis, offset)!;
        Assert.Contains("3 of 7", hover.Markdown);
        Assert.Contains("RESEARCHING → PREPARED → **APPLIED** → SCREENING → INTERVIEWING → OFFER → ACCEPTED; at any stage: REJECTED, WITHDRAWN", hover.Markdown);
    }

    [Fact]
    public void Hover_on_an_outcome_says_it_is_possible_at_any_stage()
    {
        var (analysis, offset) = Dossiers.AnalyzeAtCursor("# Job Application: A - B\n## Job Details\n- **Application Status**: WITH$$CURSOR$$DRAWN\n");
        HoverInfo hover = DossierLanguageService.Hover(analysis, offset)!;
        Assert.StartsWith("**WITHDRAWN** · possible at any stage", hover.Markdown);
        Assert.Contains("ACCEPTED; at any stage: REJECTED, **WITHDRAWN**", hover.Markdown);
    }

    [Fact]
    public void Hover_on_hourly_salary_shows_annual_range_and_distance_to_minimum()
    {
        var (analysis, offset) = Dossiers.AnalyzeAtCursor("# Job Application: A - B\n## Job Details\n- **Salary Range**: $65/hr$$CURSOR$$ - $80/hr\n", Config);
        HoverInfo hover = DossierLanguageService.Hover(analysis, offset)!;
        Assert.Contains("$135k", hover.Markdown);
        Assert.Contains("$166k", hover.Markdown);
        Assert.Contains("$14k below minimum", hover.Markdown);
    }

    [Fact]
    public void Inlay_hint_after_hourly_salary_gives_the_annual_equivalent_only()
    {
        var analysis = Dossiers.Analyze("# Job Application: A - B\n## Job Details\n- **Salary Range**: $65/hr - $80/hr\n- **Posting Date**: 2024-05-01\n", Config);
        var hints = DossierLanguageService.InlayHints(analysis, new TextSpan(0, analysis.Text.Length));
        // The gap to the minimum is the salary diagnostic's message; the date's age is in its hover.
        Assert.Equal("≈ $135k–$166k/yr", Assert.Single(hints).Label);
    }

    [Fact]
    public void Hover_and_inlay_hints_read_the_salary_the_rules_read()
    {
        var analysis = Dossiers.Analyze("# Job Application: A - B\n## Job Details\n- **Salary Range**: $65/hr - $80/hr\n", Config);
        BoundDocument document = analysis.Bound!;
        var (field, money) = document.Salary!.Value;
        // The same instance, not an equal one: the value is parsed once per document.
        Assert.Same(money, document.MoneyOf(field));
        Assert.NotEmpty(DossierLanguageService.InlayHints(analysis, new TextSpan(0, analysis.Text.Length)));
        Assert.Same(money, document.MoneyOf(field));
    }

    [Theory]
    [InlineData("$150,000 - $180,000")] // already yearly in the profile currency: nothing to convert
    [InlineData("$100k")] // below the minimum: the diagnostic says so, no hint repeats it
    public void No_inlay_hint_for_a_yearly_salary_in_the_profile_currency(string salary)
    {
        var analysis = Dossiers.Analyze($"# Job Application: A - B\n## Job Details\n- **Salary Range**: {salary}\n", Config);
        Assert.Empty(DossierLanguageService.InlayHints(analysis, new TextSpan(0, analysis.Text.Length)));
    }

    [Fact]
    public void Quick_fix_replaces_misspelt_status()
    {
        const string text = "# Job Application: A - B\n## Job Details\n- **Application Status**: APPLID\n";
        var analysis = Dossiers.Analyze(text);
        int at = text.IndexOf("APPLID", StringComparison.Ordinal);
        CodeFix fix = Assert.Single(DossierLanguageService.CodeActions(analysis, new TextSpan(at, 0), Dossiers.Today).Select(a => a.Fix), f => f.Kind == FixKind.QuickFix && f.IsPreferred);
        Assert.Contains("**Application Status**: APPLIED\n", Dossiers.Apply(text, fix.Edits));
    }

    [Fact]
    public void Mark_as_applied_today_sets_status_and_replaces_placeholder_date()
    {
        const string text = "# Job Application: A - B\n## Job Details\n- **Posting Date**: May 1, 2024\n- **Application Status**: PREPARED\n- **Application Date**: [TBD]\n";
        var analysis = Dossiers.Analyze(text);
        CodeFix action = Assert.Single(DossierLanguageService.CodeActions(analysis, new TextSpan(0, 0), Dossiers.Today).Select(a => a.Fix), f => f.Kind == FixKind.Source);
        string result = Dossiers.Apply(text, action.Edits);
        Assert.Contains("**Application Status**: APPLIED\n", result);
        Assert.Contains("**Application Date**: June 1, 2024\n", result);
    }

    [Theory]
    [InlineData("RESEARCHING", true)]
    [InlineData("PREPARED", true)]
    [InlineData("", true)]
    [InlineData("APPLID", true)] // no status yet, only a misspelling of one: nothing to move back from
    [InlineData("APPLIED", false)]
    [InlineData("OFFER", false)]
    [InlineData("REJECTED", false)]
    public void Mark_as_applied_today_is_offered_only_before_applied(string status, bool offered)
    {
        var analysis = Dossiers.Analyze($"# Job Application: A - B\n## Job Details\n- **Application Status**: {status}\n");
        IReadOnlyList<CodeActionItem> actions = DossierLanguageService.CodeActions(analysis, new TextSpan(0, 0), Dossiers.Today);
        Assert.Equal(offered, actions.Any(a => a.Fix.Title == "Mark as applied today"));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("<!-- dossier: job-dossier -->\n", 30)] // the schema marker must stay on the first line
    [InlineData("---\ncompany: A\n---\n", 19)]   // below the front matter
    public void Disable_rule_for_this_file_inserts_the_comment_at_the_top_and_silences_the_rule(string head, int at)
    {
        string text = head + "# Job Application: A - B\n## Job Details\n- **Application Status**: APPLID\n";
        var analysis = Dossiers.Analyze(text);
        int status = text.IndexOf("APPLID", StringComparison.Ordinal);
        CodeActionItem disable = Assert.Single(DossierLanguageService.CodeActions(analysis, new TextSpan(status, 0), Dossiers.Today), a => a.Fix.Title == "Disable enum-invalid for this file");
        Assert.Equal("enum-invalid", Assert.Single(disable.Findings).RuleId);
        Assert.Equal(at, Assert.Single(disable.Fix.Edits).Span.Start);
        var after = Dossiers.Analyze(Dossiers.Apply(text, disable.Fix.Edits));
        Assert.DoesNotContain(after.Findings, f => f.RuleId == "enum-invalid");
        Assert.Equal(analysis.Findings.Count(f => f.RuleId != "enum-invalid"), after.Findings.Count);
    }

    [Fact]
    public void A_salary_below_the_minimum_offers_to_open_the_config_line_that_sets_it()
    {
        const string text = "# Job Application: A - B\n## Job Details\n- **Salary Range**: $100k\n";
        var analysis = Dossiers.Analyze(text, Config);
        int salary = text.IndexOf("$100k", StringComparison.Ordinal);
        CodeActionItem open = Assert.Single(DossierLanguageService.CodeActions(analysis, new TextSpan(salary, 0), Dossiers.Today), a => a.Open is not null);
        Assert.Equal(new FileLocation("/w/dossier.config.yaml", 1, 17), open.Open); // at the value
        Assert.Equal("salary-below-minimum", Assert.Single(open.Findings).RuleId);
        Assert.Empty(open.Fix.Edits);
    }

    [Fact]
    public void Hover_links_the_config_line_that_sets_the_minimum()
    {
        var (analysis, offset) = Dossiers.AnalyzeAtCursor("# Job Application: A - B\n## Job Details\n- **Salary Range**: $1$$CURSOR$$00k\n", Config);
        Assert.Contains("(from [dossier.config.yaml:2](file:///w/dossier.config.yaml#L2))", DossierLanguageService.Hover(analysis, offset)!.Markdown);
    }

    [Fact]
    public void Outline_nests_sections_under_title_and_fields_under_their_section()
    {
        var analysis = Dossiers.Analyze(Dossiers.Example);
        OutlineNode title = Assert.Single(DossierLanguageService.Outline(analysis));
        Assert.Equal("PREPARED · $200,000 - $250,000 (Bonus and LTI eligible)", title.Detail);
        Assert.Equal(9, title.Children.Count);
        Assert.Equal(8, title.Children[0].Children.Count);
        Assert.Equal(9, DossierLanguageService.Folding(analysis).Count);
    }

    [Fact]
    public void New_dossier_lints_with_no_errors()
    {
        string text = DossierLanguageService.NewDossier(Core.Schema.SchemaLoader.BuiltIn(), "Acme", "Engineer").Text;
        var analysis = Dossiers.Analyze(text);
        Assert.DoesNotContain(analysis.Findings, f => f.Severity == Severity.Error && f.RuleId != "section-empty");
        Assert.StartsWith("# Job Application: Acme - Engineer\n", text);
        Assert.DoesNotContain(Dossiers.Today.ToString("yyyy-MM-dd"), text);
    }

    [Fact]
    public void New_dossier_snippet_has_tab_stops_on_the_values_to_fill_and_escapes_the_rest()
    {
        NewDossierText created = DossierLanguageService.NewDossier(Core.Schema.SchemaLoader.BuiltIn(), "Cash $ Co", "Engineer");
        string[] lines = created.Snippet.Split('\n');
        Assert.Equal("# Job Application: Cash \\$ Co - Engineer", lines[0]);
        Assert.Contains("- **Company**: Cash \\$ Co", lines);
        Assert.Contains("- **Location**: ${1:}", lines);
        Assert.Contains("- **Job ID**: ${2:}", lines);
        Assert.Contains("- **Posting Date**: ${3:[TBD]}", lines);
        Assert.Contains("- **Application Status**: RESEARCHING", lines);
        Assert.Contains("- **Salary Range**: ${5:[TBD]}", lines);
        int description = Array.IndexOf(lines, "## Job Description");
        Assert.Equal("${6:}", lines[description + 1]);
        Assert.EndsWith("$0", created.Snippet);
        // The plain text is the snippet with every tab stop at its default.
        string resolved = System.Text.RegularExpressions.Regex.Replace(created.Snippet, @"\$\{\d+:([^}]*)\}|\$0", "$1").Replace("\\$", "$");
        Assert.Equal(created.Text, resolved);
    }
}
