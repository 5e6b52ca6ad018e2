using System.Text.Json;

namespace DossierLsp.Cli.Tests;

/// <summary><c>dossier report</c> on the published executable: formats, --output, --today, redaction under CI.</summary>
[Collection(PublishedDossierCollection.Name)]
public sealed class ReportCommandTests(PublishedDossier dossier) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Report_renders_the_examples_in_every_format_and_writes_output_files()
    {
        string examples = Path.Combine(PublishedDossier.RepositoryRoot, "examples");
        var json = dossier.Dossier(_folder, "report", examples, "--format", "json", "--today", "2024-06-01");
        Assert.Equal(0, json.ExitCode);
        using (JsonDocument.Parse(json.Stdout)) { }
        foreach (string format in new[] { "text", "md", "html", "ics" })
        {
            var result = dossier.Dossier(_folder, "report", examples, "-f", format, "-o", $"report.{format}", "--today", "2024-06-01");
            Assert.Equal(0, result.ExitCode);
            Assert.Equal("", result.Stdout);
            Assert.NotEmpty(File.ReadAllText(Path.Combine(_folder, $"report.{format}")));
        }
    }

    [Fact]
    public void Report_usage_mistakes_exit_2_with_one_line()
    {
        var result = dossier.Dossier(_folder, "report", "--today", "June 1st");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--today needs a date such as 2024-06-01, not 'June 1st'", Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(2, dossier.Dossier(_folder, "report", "--format", "pdf").ExitCode);
    }

    [Fact]
    public void Report_keeps_the_minimum_private_when_CI_is_set()
    {
        File.WriteAllText(Path.Combine(_folder, "dossier.config.yaml"), "profile:\n  minimumSalary: 187654\n");
        File.WriteAllText(Path.Combine(_folder, "a.md"), "# Job Application: A - B\n\n## Job Details\n- **Company**: A\n- **Position**: B\n- **Application Status**: APPLIED\n- **Application Date**: 2024-05-02\n- **Salary Range**: $100,000 - $120,000\n");
        string shown = dossier.Dossier(_folder, "report", "--format", "json", "--no-redact").Stdout;
        string redacted = dossier.Dossier(_folder, new Dictionary<string, string> { ["CI"] = "true" }, "report", "--format", "json").Stdout;
        Assert.Contains("187", shown);
        Assert.DoesNotContain("187654", redacted);
        Assert.DoesNotContain("187,654", redacted);
    }
}
