using DossierLsp.Core.Analysis;
using DossierLsp.Core.Rules;
using DossierLsp.Core.Tests.Support;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;

namespace DossierLsp.Core.Tests.Reliability;

/// <summary>Output stays readable and in the documented order whatever the input.</summary>
public sealed class BoundedOutputTests
{
    [Fact]
    public void Findings_of_every_origin_are_in_position_rule_message_order()
    {
        var workspace = new DossierWorkspace(new MemoryHost(new() { ["/w/dossier.config.yaml"] = "profile:\n  minimumSalary: 100000\n  currency: USD\n" }), () => Dossiers.Today);
        var analysis = workspace.Analyze("/w/d.md", new SourceText("<!-- dossier: missing.yaml -->\n## Notes\n- x\n"));
        Assert.Contains(analysis.Findings, f => f.RuleId == "schema-unavailable");
        Assert.Contains(analysis.Findings, f => f.Span.Start == 0 && string.CompareOrdinal(f.RuleId, "schema-unavailable") < 0);
        Assert.Equal(Finding.InDocumentOrder(analysis.Findings), analysis.Findings);
    }

    [Fact]
    public void A_huge_value_is_quoted_as_an_excerpt()
    {
        string huge = new('x', 1_000_000);
        var analysis = Dossiers.Analyze(Dossiers.Example
            .Replace("# Job Application: Root Insurance - Staff Machine Learning Engineer II", "# Job Application: " + huge)
            .Replace("- **Application Status**: ", "- **Application Status**: " + huge));
        Assert.Contains(analysis.Findings, f => f.RuleId == "enum-invalid" && f.Message.Contains(new string('x', Excerpt.MaxLength) + "…'"));
        Assert.All(analysis.Findings, f => Assert.True(f.Message.Length <= Excerpt.MaxMessageLength, f.Message));
    }

    [Fact]
    public void A_title_too_long_to_check_gets_the_same_finding_every_time()
    {
        string text = Dossiers.Example.Replace("# Job Application: Root Insurance - Staff Machine Learning Engineer II", "# Job Application: Root Insurance - " + new string('x', 10_000));
        var first = Dossiers.Analyze(text).Findings;
        Finding finding = Assert.Single(first, f => f.RuleId == "title-pattern");
        Assert.Contains("titles over 500 are not checked", finding.Message);
        Assert.Equal(first, Dossiers.Analyze(text).Findings);
    }

    [Fact]
    public void Findings_of_one_rule_are_capped_with_one_summary()
    {
        string fields = string.Concat(Enumerable.Range(0, 1_000).Select(i => $"- **Extra {i}**: x\n"));
        var analysis = Dossiers.Analyze(Dossiers.Example.Replace("- **Company**: Root", fields + "- **Company**: Root"));
        var unknown = analysis.Findings.Where(f => f.RuleId == "field-unknown").ToArray();
        Assert.Equal(DossierAnalyzer.MaxFindingsPerRule + 1, unknown.Length);
        Assert.Equal("900 more field-unknown findings from here on are not shown (at most 100 a rule in a file)", unknown[^1].Message);
    }
}
