using DossierLsp.Core.Language;
using DossierLsp.Core.Tests.Support;

namespace DossierLsp.Core.Tests.Language;

public sealed class CompletionTests
{
    private const string Head = "# Job Application: Acme - Engineer\n\n## Job Details\n- **Company**: Acme\n";

    private static IReadOnlyList<CompletionCandidate> Complete(string markdown)
    {
        var (analysis, offset) = Dossiers.AnalyzeAtCursor(markdown);
        return DossierLanguageService.Complete(analysis, offset, Dossiers.Today);
    }

    [Fact]
    public void Status_value_offers_every_status_in_lifecycle_order_replacing_the_whole_value()
    {
        var (analysis, offset) = Dossiers.AnalyzeAtCursor(Head + "- **Application Status**: $$CURSOR$$APPLID\n");
        var items = DossierLanguageService.Complete(analysis, offset, Dossiers.Today);
        Assert.Equal(
            ["RESEARCHING", "PREPARED", "APPLIED", "SCREENING", "INTERVIEWING", "OFFER", "ACCEPTED", "REJECTED", "WITHDRAWN"],
            items.OrderBy(i => i.SortText, StringComparer.Ordinal).Select(i => i.Label));
        Assert.All(items, i => Assert.Equal("APPLID", analysis.Text.ToString(i.ReplaceSpan)));
        Assert.All(items, i => Assert.False(string.IsNullOrEmpty(i.Documentation)));
    }

    [Theory]
    [InlineData("$$CURSOR$$APPLIED", "SCREENING")]
    [InlineData("$$CURSOR$$PREPARED", "APPLIED")]
    [InlineData("$$CURSOR$$", "RESEARCHING")]
    [InlineData("$$CURSOR$$APPLID", "RESEARCHING")] // no known status: the lifecycle's start
    [InlineData("$$CURSOR$$ACCEPTED", null)] // the last stage: nothing comes next
    [InlineData("$$CURSOR$$REJECTED", null)] // an outcome: nothing comes next
    public void Status_completion_preselects_the_next_stage(string value, string? next)
    {
        var items = Complete(Head + $"- **Application Status**: {value}\n");
        Assert.Equal(next, items.SingleOrDefault(i => i.Preselect)?.Label);
    }

    [Fact]
    public void Rejected_and_withdrawn_are_outcomes_possible_at_any_stage()
    {
        var items = Complete(Head + "- **Application Status**: $$CURSOR$$\n");
        Assert.Equal("Application Status · 3 of 7", items.Single(i => i.Label == "APPLIED").Detail);
        Assert.Equal("Application Status · possible at any stage", items.Single(i => i.Label == "REJECTED").Detail);
    }

    [Fact]
    public void Status_value_is_filtered_by_what_is_typed()
    {
        var items = Complete(Head + "- **Application Status**: in$$CURSOR$$\n");
        Assert.Equal(["INTERVIEWING"], items.Select(i => i.Label));
    }

    [Fact]
    public void Empty_status_value_offers_everything()
    {
        var items = Complete(Head + "- **Application Status**: $$CURSOR$$\n");
        Assert.Equal(9, items.Count);
    }

    [Fact]
    public void Empty_bullet_in_fields_section_offers_missing_fields_as_snippets()
    {
        var items = Complete(Head + "- $$CURSOR$$\n\n## Job Description\nx\n");
        Assert.DoesNotContain(items, i => i.Label == "Company");
        CompletionCandidate status = Assert.Single(items, i => i.Label == "Application Status");
        Assert.True(status.IsSnippet);
        Assert.StartsWith("**Application Status**: ${1|RESEARCHING,PREPARED,", status.InsertText);
        Assert.Contains(items, i => i.Label == "Salary Range");
    }

    [Fact]
    public void Partial_bold_key_filters_on_the_emphasis_typed()
    {
        var items = Complete(Head + "- **Sal$$CURSOR$$\n");
        CompletionCandidate salary = Assert.Single(items, i => i.Label == "Salary Range");
        Assert.Equal("**Salary Range", salary.FilterText);
    }

    [Fact]
    public void Section_heading_offers_missing_sections_with_templates()
    {
        var items = Complete(Head + "\n## $$CURSOR$$\n");
        Assert.DoesNotContain(items, i => i.Label == "Job Details");
        CompletionCandidate description = Assert.Single(items, i => i.Label == "Job Description");
        Assert.StartsWith("## Job Description\n", description.InsertText);
    }

    [Fact]
    public void Date_value_offers_today_in_the_documents_form()
    {
        var items = Complete(Head + "- **Posting Date**: May 1, 2024\n- **Application Date**: $$CURSOR$$\n");
        Assert.Equal(["June 1, 2024"], items.Select(i => i.Label));
    }

    [Fact]
    public void Non_dossiers_get_no_completions()
    {
        var (analysis, offset) = Dossiers.AnalyzeAtCursor("# Shopping list\n\n## Job Details\n- $$CURSOR$$\n", explicitlyNamed: false);
        Assert.False(analysis.IsDossier);
        Assert.Empty(DossierLanguageService.Complete(analysis, offset, Dossiers.Today));
    }
}
