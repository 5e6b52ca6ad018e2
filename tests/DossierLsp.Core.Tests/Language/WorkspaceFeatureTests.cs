using DossierLsp.Core.Analysis;
using DossierLsp.Core.Language;
using DossierLsp.Core.Pipeline;
using DossierLsp.Core.Tests.Support;

namespace DossierLsp.Core.Tests.Language;

/// <summary>Follow-up lines, title lenses and the workspace search over summaries.</summary>
public sealed class WorkspaceFeatureTests
{
    private const string Config = "profile:\n  minimumSalary: 140000\n";

    private static string Dossier(string company, string status, string notes = "") =>
        $"# Job Application: {company} - Engineer\n\n## Job Details\n- **Company**: {company}\n- **Position**: Engineer\n- **Job ID**: R-{company.Length}42\n"
        + $"- **Application Status**: {status}\n- **Application Date**: 2024-05-02\n- **Salary Range**: $150,000 - $180,000\n\n## Job Description\nBuild.\n{notes}";

    [Fact]
    public void A_follow_up_line_goes_after_the_last_line_of_Notes_and_keeps_the_blank_lines_before_the_next_section()
    {
        string text = Dossier("Acme", "APPLIED", "\n## Notes\n- 2024-05-03: sent a thank-you\n\n## Links\n- x\n");
        CodeFix fix = DossierLanguageService.AddFollowUp(Dossiers.Analyze(text), Dossiers.Today)!;
        string after = Dossiers.Apply(text, fix.Edits);
        Assert.Contains($"- 2024-05-03: sent a thank-you\n- {Dossiers.Today:yyyy-MM-dd}: Followed up\n\n## Links\n", after);
    }

    [Fact]
    public void A_follow_up_line_adds_a_Notes_section_when_there_is_none()
    {
        string text = Dossier("Acme", "APPLIED");
        string after = Dossiers.Apply(text, DossierLanguageService.AddFollowUp(Dossiers.Analyze(text), Dossiers.Today)!.Edits);
        Assert.EndsWith($"Build.\n\n## Notes\n\n- {Dossiers.Today:yyyy-MM-dd}: Followed up\n", after);
        // The summary reads the new line as the latest contact.
        Assert.Equal(Dossiers.Today, DossierIndex.Summarize("/w/a.md", Dossiers.Analyze(after), null)!.LatestDate);
    }

    [Fact]
    public void Lenses_give_status_with_days_since_applied_a_follow_up_action_and_salary_against_the_minimum()
    {
        DossierSummary summary = DossierIndex.Summarize("/w/a.md", Dossiers.Analyze(Dossier("Acme", "APPLIED"), Config), null)!;
        var today = new DateOnly(2024, 5, 14);
        Assert.Equal(
            [new LensInfo("APPLIED · applied 12 days ago", LensAction.SetStatus), new LensInfo("Follow-up due · last news 12 days ago · add a note", LensAction.AddFollowUp), new LensInfo("$150k–$180k · $10k above minimum", LensAction.None)],
            DossierLanguageService.CodeLenses(summary, today));
        Assert.Equal("Follow up in 2 days · add a note", DossierLanguageService.CodeLenses(summary, new DateOnly(2024, 5, 7))[1].Title);

        DossierSummary researching = DossierIndex.Summarize("/w/b.md", Dossiers.Analyze(Dossier("Initech", "RESEARCHING"), Config), lastModified: new DateOnly(2024, 4, 1))!;
        Assert.Equal(new LensInfo("Stale · last touched 30 days ago", LensAction.SetStatus), DossierLanguageService.CodeLenses(researching, new DateOnly(2024, 6, 1))[1]);
    }

    [Theory]
    [InlineData("acme", "Acme")]
    [InlineData("ENGINEER glob", "Globex")]
    [InlineData("screening", "Globex")]
    [InlineData("R-642", "Globex")]
    [InlineData("cme", "")]
    public void Search_matches_word_starts_of_company_position_status_and_job_id(string query, string expected)
    {
        DossierIndex index = DossierIndex.Empty
            .With(DossierIndex.Summarize("/w/acme.md", Dossiers.Analyze(Dossier("Acme", "APPLIED")), null)!)
            .With(DossierIndex.Summarize("/w/globex.md", Dossiers.Analyze(Dossier("Globex", "SCREENING")), null)!);
        Assert.Equal(expected, string.Join(",", DossierLanguageService.FindDossiers(index, query).Select(d => d.Company)));
    }
}
