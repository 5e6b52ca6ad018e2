using DossierLsp.Core.Analysis;
using DossierLsp.Core.Pipeline;
using DossierLsp.Core.Tests.Support;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;

namespace DossierLsp.Core.Tests.Pipeline;

public sealed class CrossDossierTests
{
    private static IReadOnlyList<WorkspaceFinding> Analyze(Dictionary<string, string> files, string? config = null) =>
        CrossDossierAnalyzer.Analyze(Corpus.Index(files, config).Dossiers);

    [Fact]
    public void A_duplicate_names_the_other_file_and_links_to_it()
    {
        var findings = Analyze(new()
        {
            ["2024/acme.md"] = Corpus.Dossier("Acme", "Data Engineer", jobId: "R-1"),
            ["acme.md"] = Corpus.Dossier("ACME, Inc.", "data  engineer", jobId: "r1"),
        });
        Assert.Equal(
            ["/w/2024/acme.md duplicate-job-id 6:14", "/w/acme.md duplicate-job-id 6:14"],
            findings.Select(f => $"{f.Path} {f.Finding.RuleId} {f.Start.Line}:{f.Start.Character}"));
        WorkspaceFinding first = findings[0];
        Assert.Equal("Job ID 'R-1' of Acme is also in ../acme.md: one posting, two dossiers", first.Finding.Message);
        Assert.Equal(Severity.Warning, first.Finding.Severity);
        RelatedLocation related = Assert.Single(first.Finding.Related);
        Assert.Equal(("/w/acme.md", new LinePosition(6, 14), new LinePosition(6, 16)), (related.Path, related.Start, related.End));
        Assert.Equal("Job ID 'r1' of ACME, Inc. is also in 2024/acme.md: one posting, two dossiers", findings[1].Finding.Message);
    }

    [Fact]
    public void Same_company_and_position_is_reported_unless_the_job_ids_differ()
    {
        var findings = Analyze(new()
        {
            ["a.md"] = Corpus.Dossier("Acme", "Engineer"),
            ["b.md"] = Corpus.Dossier("Acme", "Engineer", jobId: "7"),
            ["c.md"] = Corpus.Dossier("Acme", "Manager", jobId: "1"),
            ["d.md"] = Corpus.Dossier("Acme", "Manager", jobId: "2"),
            ["e.md"] = Corpus.Dossier("Globex", "Engineer"),
        });
        Assert.Equal(["/w/a.md duplicate-application", "/w/b.md duplicate-application"], findings.Select(f => $"{f.Path} {f.Finding.RuleId}"));
        Assert.Equal("Acme – Engineer is also in b.md: probably one application written twice", findings[0].Finding.Message);
        Assert.Equal(new LinePosition(0, 2), findings[0].Start);
    }

    [Fact]
    public void Rule_levels_from_the_config_apply_and_the_result_does_not_depend_on_order()
    {
        var files = new Dictionary<string, string> { ["x.md"] = Corpus.Dossier("Acme", "Engineer"), ["y.md"] = Corpus.Dossier("Acme", "Engineer") };
        Assert.Empty(Analyze(files, "rules:\n  duplicate-application: off\n"));
        Assert.All(Analyze(files, "rules:\n  duplicate-application: error\n"), f => Assert.Equal(Severity.Error, f.Finding.Severity));

        var index = Corpus.Index(files);
        Assert.Equal(
            CrossDossierAnalyzer.Analyze(index.Dossiers).Select(f => f.Finding.Message),
            CrossDossierAnalyzer.Analyze(index.Dossiers.Reverse()).Select(f => f.Finding.Message));
    }

    [Fact]
    public void A_single_dossier_has_no_cross_dossier_findings()
    {
        Assert.Empty(Analyze(new() { ["a.md"] = Corpus.Dossier("Acme", "Engineer", jobId: "1") }));
        Assert.DoesNotContain(Dossiers.Analyze(Corpus.Dossier("Acme", "Engineer", jobId: "1")).Findings, f => f.RuleId.StartsWith("duplicate-", StringComparison.Ordinal));
    }

    [Fact]
    public void An_identity_read_alone_finds_what_the_full_summary_finds()
    {
        var files = new Dictionary<string, string>
        {
            ["a.md"] = Corpus.Dossier("Acme", "Data Engineer", jobId: "R-1"),
            ["b.md"] = Corpus.Dossier("ACME, Inc.", "data engineer", jobId: "r1"),
            ["c.md"] = Corpus.Dossier("Acme", "Data Engineer"),
            ["d.md"] = "<!-- dossier-disable duplicate-application -->\n" + Corpus.Dossier("Acme", "Data Engineer"),
            ["e.md"] = Corpus.Dossier("Globex", "Analyst"),
        };
        var workspace = new DossierWorkspace(new MemoryHost([]), () => Dossiers.Today);
        DossierIdentity[] identities = files
            .Select(file => CrossDossierAnalyzer.Identify("/w/" + file.Key, workspace.Analyze("/w/" + file.Key, new SourceText(file.Value))))
            .OfType<DossierIdentity>().ToArray();

        var fromSummaries = Analyze(files);
        Assert.NotEmpty(fromSummaries);
        Assert.Equal(Describe(fromSummaries), Describe(CrossDossierAnalyzer.Analyze(identities)));
        Assert.Equal(Corpus.Index(files).Dossiers.Select(d => d.Identity.SuppressedCrossRules), identities.Select(i => i.SuppressedCrossRules));
    }

    private static string[] Describe(IEnumerable<WorkspaceFinding> findings) =>
        findings.Select(f => $"{f.Path} {f.Start} {f.End} {f.Finding.RuleId} {f.Finding.Message} {string.Join(";", f.Finding.Related.Select(r => $"{r.Path} {r.Start}"))}").ToArray();
}
