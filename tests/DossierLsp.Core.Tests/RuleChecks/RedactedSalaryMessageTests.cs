using DossierLsp.Core.Analysis;
using DossierLsp.Core.Tests.Support;
using DossierLsp.Core.Text;
using DossierLsp.Core.Config;
using DossierLsp.Core.Workspace;

namespace DossierLsp.Core.Tests.RuleChecks;

/// <summary>Under redaction the salary rules still speak of "your minimum", but nothing gives its amount away.</summary>
public sealed class RedactedSalaryMessageTests
{
    private const string Config = "profile:\n  minimumSalary: 187654\n  exchangeRates:\n    EUR: 1.1\n";

    // The minimum in every written form, and the shortfall each of these salaries would show ($120k, $132k, $104k below it).
    private static readonly string[] Leaks = ["187", "188k", "67,654", "68k", "55,654", "56k", "83,654", "84k"];

    [Theory]
    [InlineData("$100,000 - $120,000", "salary-below-minimum")]
    [InlineData("$120,000", "salary-below-minimum")]
    [InlineData("Up to $120,000", "salary-below-minimum")]
    [InlineData("$50/hr", "salary-below-minimum")]
    [InlineData("€100,000 - €120,000", "salary-below-minimum")]
    [InlineData("$150,000 - $200,000", "salary-straddles-minimum")]
    [InlineData("From $150,000", "salary-straddles-minimum")]
    public void Names_the_minimum_only_without_redaction(string salary, string ruleId)
    {
        string text = $"# Job Application: A - B\n\n## Job Details\n- **Company**: A\n- **Position**: B\n- **Salary Range**: {salary}\n";
        string shown = Message(text, redact: false, ruleId);
        Assert.Contains("your minimum of $188k", shown);
        string redacted = Message(text, redact: true, ruleId);
        Assert.Contains("your minimum", redacted);
        Assert.All(Leaks, leak => Assert.DoesNotContain(leak, redacted));
    }

    private static string Message(string text, bool redact, string ruleId)
    {
        var workspace = new DossierWorkspace(new MemoryHost(new() { ["/w/dossier.config.yaml"] = Config }), () => Dossiers.Today);
        workspace.SetOverlay(new SettingsOverlay { Redact = redact });
        DocumentAnalysis analysis = workspace.Analyze("/w/d.md", new SourceText(text));
        return Assert.Single(analysis.Findings, f => f.RuleId == ruleId).Message;
    }
}
