using DossierLsp.Core.Tests.Support;

namespace DossierLsp.Core.Tests.Workspace;

/// <summary>The acceptance checks of the seed example: the real dossier a user wrote.</summary>
public sealed class SeedExampleTests
{
    [Fact]
    public void Lints_clean_with_a_minimum_of_180000()
    {
        var analysis = Dossiers.Analyze(Dossiers.Example, "profile:\n  minimumSalary: 180000\n  currency: USD\n");
        Assert.True(analysis.IsDossier);
        Assert.Empty(analysis.Findings);
    }

    [Fact]
    public void Reports_salary_below_minimum_with_a_minimum_of_300000()
    {
        var analysis = Dossiers.Analyze(Dossiers.Example, "profile:\n  minimumSalary: 300000\n");
        var finding = Assert.Single(analysis.Findings);
        Assert.Equal("salary-below-minimum", finding.RuleId);
        Assert.Contains("$250k", finding.Message);
        Assert.Contains("$300k", finding.Message);
        Assert.Equal(new Core.Text.LinePosition(10, 20), analysis.Text.GetPosition(finding.Span.Start));
    }

    [Fact]
    public void Reports_salary_missing_when_its_line_is_removed()
    {
        string text = string.Join('\n', Dossiers.Example.Split('\n').Where(l => !l.StartsWith("- **Salary Range**", StringComparison.Ordinal)));
        var analysis = Dossiers.Analyze(text, "profile:\n  minimumSalary: 180000\n");
        Assert.Equal("salary-missing", Assert.Single(analysis.Findings).RuleId);
    }

    [Fact]
    public void Association_skips_markdown_that_is_not_a_dossier()
    {
        var workspace = new Core.Workspace.DossierWorkspace(new MemoryHost([]), () => Dossiers.Today);
        var readme = workspace.Analyze("/w/README.md", new Core.Text.SourceText("# My notes\n\n## Ideas\n"));
        Assert.False(readme.IsDossier);
        var dossier = workspace.Analyze("/w/job.md", new Core.Text.SourceText(Dossiers.Example));
        Assert.True(dossier.IsDossier);
        Assert.Contains("title matches", dossier.AssociationReason);
    }

    [Theory]
    [InlineData("<!-- dossier: off -->\n# Job Application: A - B\n", false)]
    [InlineData("---\ndossier: job-dossier\n---\n# Anything\n", true)]
    public void In_file_marker_decides_first(string text, bool isDossier)
    {
        var workspace = new Core.Workspace.DossierWorkspace(new MemoryHost([]), () => Dossiers.Today);
        Assert.Equal(isDossier, workspace.Analyze("/w/x.md", new Core.Text.SourceText(text), explicitlyNamed: true).IsDossier);
    }

    [Fact]
    public void Config_globs_include_and_exclude()
    {
        var host = new MemoryHost(new() { ["/w/dossier.config.yaml"] = "include: ['jobs/**/*.md']\nexclude: ['jobs/archive/**']\n" });
        var workspace = new Core.Workspace.DossierWorkspace(host, () => Dossiers.Today);
        var text = new Core.Text.SourceText("# Notes\n");
        Assert.True(workspace.Analyze("/w/jobs/a.md", text).IsDossier);
        Assert.False(workspace.Analyze("/w/jobs/archive/a.md", text).IsDossier);
        Assert.False(workspace.Analyze("/w/other/a.md", new Core.Text.SourceText(Dossiers.Example)).IsDossier);
    }

    [Fact]
    public void A_schema_broken_while_editing_keeps_the_last_good_one_and_says_why()
    {
        string good = File.ReadAllText(Path.Combine(ArchitectureTests.RepositoryRoot(), "schemas", "job-dossier.yaml")).Replace("name: job-dossier", "name: mine");
        var host = new MemoryHost(new() { ["/w/dossier.config.yaml"] = "schema: mine.yaml\n", ["/w/mine.yaml"] = good });
        var workspace = new Core.Workspace.DossierWorkspace(host, () => Dossiers.Today);
        var text = new Core.Text.SourceText(Dossiers.Example);
        Assert.Equal("mine", workspace.Analyze("/w/job.md", text).Bound!.Schema.Name);

        host.Files["/w/mine.yaml"] = good.Replace("fieldsSection: Job Details", "fieldsSection: [oops");
        workspace.InvalidateConfiguration();
        var analysis = workspace.Analyze("/w/job.md", text);
        Assert.Equal("mine", analysis.Bound!.Schema.Name);
        Assert.Contains(workspace.ConfigurationErrors("/w/job.md"), e => e.File == "/w/mine.yaml");
    }
}
