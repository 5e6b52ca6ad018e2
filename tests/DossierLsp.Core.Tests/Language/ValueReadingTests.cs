using DossierLsp.Core.Language;
using DossierLsp.Core.Tests.Support;

namespace DossierLsp.Core.Tests.Language;

/// <summary>Editor features read values the way the rules do: aliases, notes, markup and misreadings.</summary>
public sealed class ValueReadingTests
{
    private static string Dossier(string status, string salary) => $"""
        # Job Application: Acme - Data Engineer

        ## Job Details
        - **Company**: Acme
        - **Position**: Data Engineer
        - **Application Status**: {status}
        - **Application Date**: 2024-05-02
        - **Salary Range**: {salary}

        """;

    [Theory]
    [InlineData("APPLIED", StatusState.Valid)]
    [InlineData("Phone screen", StatusState.Valid)]
    [InlineData("**OFFER** (verbal)", StatusState.Valid)]
    [InlineData("applied ✅", StatusState.Miscased)]
    [InlineData("Talked to Dana", StatusState.Invalid)]
    public void Document_info_states_the_status_as_the_rules_read_it(string status, StatusState state) =>
        Assert.Equal(state, DossierLanguageService.Info(Dossiers.Analyze(Dossier(status, "$150k"))).StatusState);

    [Fact]
    public void Hover_on_an_alias_shows_the_value_it_is_read_as()
    {
        var (analysis, offset) = Dossiers.AnalyzeAtCursor(Dossier("Phone $$CURSOR$$screen", "$150k"));
        Assert.StartsWith("**SCREENING** · ", DossierLanguageService.Hover(analysis, offset)?.Markdown);
    }

    [Fact]
    public void Hover_on_a_misread_salary_says_so()
    {
        var (analysis, offset) = Dossiers.AnalyzeAtCursor(Dossier("APPLIED", "$1$$CURSOR$$50"), "profile:\n  minimumSalary: 150000\n");
        Assert.Contains("Salary probably misread: it reads as $150 a year", DossierLanguageService.Hover(analysis, offset)?.Markdown);
    }

    [Fact]
    public void Hover_on_a_converted_salary_shows_the_conversion()
    {
        var (analysis, offset) = Dossiers.AnalyzeAtCursor(Dossier("APPLIED", "€70$$CURSOR$$,000"), "profile:\n  minimumSalary: 150000\n  exchangeRates: { EUR: 1.09 }\n");
        Assert.Contains("Read as: salary €70k a year ≈ $76k at 1.09.", DossierLanguageService.Hover(analysis, offset)?.Markdown);
    }
}
