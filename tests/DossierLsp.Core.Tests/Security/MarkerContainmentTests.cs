using DossierLsp.Core.Config;
using DossierLsp.Core.Tests.Support;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;

namespace DossierLsp.Core.Tests.Security;

/// <summary>A marker is file content a pull request can write: it may name only a built-in schema or a schema inside the workspace.</summary>
public sealed class MarkerContainmentTests
{
    private sealed class RecordingHost(Dictionary<string, string> files) : IConfigHost
    {
        public List<string> Reads { get; } = [];

        public string? ReadAllText(string path)
        {
            Reads.Add(path);
            return files.GetValueOrDefault(path);
        }

        public string? GetEnvironmentVariable(string name) => null;

        public string? HomeDirectory => null;
    }

    private static readonly string Schema = File.ReadAllText(Path.Combine(ArchitectureTests.RepositoryRoot(), "schemas", "job-dossier.yaml")).Replace("name: job-dossier", "name: mine");

    [Theory]
    [InlineData("<!-- dossier: /dev/zero -->\n")]
    [InlineData("<!-- dossier: /dev/stdin -->\n")]
    [InlineData("<!-- dossier: ../../outside.yaml -->\n")]
    [InlineData("---\ndossier: ../../w/../outside.yaml\n---\n")]
    public void A_marker_naming_a_file_outside_the_workspace_is_refused_unread(string marker)
    {
        var host = new RecordingHost(new() { ["/w/dossier.config.yaml"] = "profile:\n  currency: USD\n", ["/outside.yaml"] = Schema });
        var analysis = new DossierWorkspace(host, () => Dossiers.Today).Analyze("/w/jobs/d.md", new SourceText(marker + Dossiers.Example));

        Assert.DoesNotContain(host.Reads, p => !p.EndsWith(ConfigLoader.FileName, StringComparison.Ordinal));
        var finding = Assert.Single(analysis.Findings, f => f.RuleId == "schema-unavailable");
        Assert.Contains("a marker may name only a built-in schema", finding.Message);
        Assert.Equal("job-dossier", analysis.Bound!.Schema.Name);
    }

    [Fact]
    public void A_marker_naming_a_schema_inside_the_config_folder_is_used()
    {
        var host = new RecordingHost(new() { ["/w/dossier.config.yaml"] = "profile:\n  currency: USD\n", ["/w/schemas/mine.yaml"] = Schema });
        var analysis = new DossierWorkspace(host, () => Dossiers.Today).Analyze("/w/jobs/d.md", new SourceText("<!-- dossier: ../schemas/mine.yaml -->\n" + Dossiers.Example));

        Assert.Equal("mine", analysis.Bound!.Schema.Name);
        Assert.DoesNotContain(analysis.Findings, f => f.RuleId == "schema-unavailable");
    }

    [Fact]
    public void Without_a_config_a_marker_may_name_a_schema_beside_the_dossier_only()
    {
        var host = new RecordingHost(new() { ["/w/jobs/mine.yaml"] = Schema, ["/w/mine.yaml"] = Schema });
        var workspace = new DossierWorkspace(host, () => Dossiers.Today);

        Assert.Equal("mine", workspace.Analyze("/w/jobs/d.md", new SourceText("<!-- dossier: mine.yaml -->\n" + Dossiers.Example)).Bound!.Schema.Name);
        Assert.Equal("job-dossier", workspace.Analyze("/w/jobs/e.md", new SourceText("<!-- dossier: ../mine.yaml -->\n" + Dossiers.Example)).Bound!.Schema.Name);
    }
}
