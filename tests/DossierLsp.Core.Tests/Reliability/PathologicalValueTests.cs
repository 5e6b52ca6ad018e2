using DossierLsp.Core.Tests.Support;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;

namespace DossierLsp.Core.Tests.Reliability;

/// <summary>
/// Values that made value-format's patterns backtrack for tens of seconds (a 160 kB e-mail, a 1 MB link) get their
/// finding; the patterns are linear, so these tests finish as fast as any other (figures: docs/RELIABILITY.md).
/// </summary>
public sealed class PathologicalValueTests
{
    private static readonly string Schema = File.ReadAllText(Path.Combine(ArchitectureTests.RepositoryRoot(), "schemas", "job-dossier.yaml"))
        .Replace("name: job-dossier", "name: contacts")
        .Replace("fields:\n", "fields:\n  - key: Contact Email\n    type: email\n  - key: Posting URL\n    type: url\n");

    private static Core.Analysis.Finding[] ValueFormat(string field, string value)
    {
        var host = new MemoryHost(new() { ["/w/dossier.config.yaml"] = "schema: contacts.yaml\n", ["/w/contacts.yaml"] = Schema });
        string text = Dossiers.Example.Replace("- **Company**: Root", $"- **{field}**: {value}\n- **Company**: Root");
        var analysis = new DossierWorkspace(host, () => Dossiers.Today).Analyze("/w/d.md", new SourceText(text));
        Assert.Equal("contacts", analysis.Bound!.Schema.Name);
        return analysis.Findings.Where(f => f.RuleId == "value-format").ToArray();
    }

    [Fact]
    public void A_huge_almost_email_is_not_an_email() =>
        Assert.Contains("is not an e-mail address", Assert.Single(ValueFormat("Contact Email", string.Concat(Enumerable.Repeat("a.", 80_000)) + "@")).Message);

    [Fact]
    public void A_huge_unclosed_link_is_not_a_url() =>
        Assert.Contains("is not an absolute http(s) URL", Assert.Single(ValueFormat("Posting URL", "[x](" + new string('a', 1_000_000))).Message);

    [Theory]
    [InlineData("Contact Email", "jobs@example.com")]
    [InlineData("Contact Email", "<first.last@mail.example.co.uk>")]
    [InlineData("Posting URL", "[Careers](https://example.com/jobs/1 \"title\")")]
    [InlineData("Posting URL", "<https://example.com/jobs/1>")]
    public void Real_addresses_still_pass(string field, string value) => Assert.Empty(ValueFormat(field, value));
}
