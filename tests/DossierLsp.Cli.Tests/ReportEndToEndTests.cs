using System.Text.Json;
using System.Text.RegularExpressions;

namespace DossierLsp.Cli.Tests;

/// <summary><c>dossier report</c> in every format, and <c>dossier lint</c>'s cross-dossier findings, on the published binary.</summary>
[Collection(PublishedDossierCollection.Name)]
public sealed class ReportEndToEndTests(PublishedDossier dossier) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Dossier(string company, string status, string applied, string salary, string jobId = "") => $"""
        # Job Application: {company} - Data Engineer

        ## Job Details
        - **Company**: {company}
        - **Position**: Data Engineer
        {(jobId.Length > 0 ? $"- **Job ID**: {jobId}\n" : "")}- **Application Status**: {status}
        - **Application Date**: {applied}
        - **Salary Range**: {salary}

        ## Job Description
        Pipelines.

        ## Requirements
        - SQL

        """;

    private void Write(string name, string text, DateTime? modified = null)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        if (modified is { } time)
        {
            File.SetLastWriteTime(path, time);
        }
    }

    private void WriteSearch()
    {
        Write("dossier.config.yaml", "profile:\n  minimumSalary: 183456\n");
        Write("acme.md", Dossier("Acme", "APPLIED", "2024-05-01", "$150,000 - $170,000"));
        Write("beta.md", Dossier("Beta", "SCREENING", "2024-05-20", "$190k - $230k"));
        Write("cyan.md", Dossier("Cyan", "PREPARED", "[TBD]", "[TBD]"), new DateTime(2024, 4, 1));
    }

    private PublishedDossier.Result Report(params string[] args) => dossier.Dossier(_folder, ["report", "--today", "2024-06-01", .. args]);

    [Fact]
    public void Text_says_where_the_search_stands_and_what_needs_you()
    {
        WriteSearch();
        var result = Report();
        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        Assert.StartsWith("Job search on 2024-06-01: 3 dossiers\n", result.Stdout.ReplaceLineEndings("\n"));
        Assert.Contains("  screening        1   50% of the stage before", result.Stdout);
        Assert.Contains("acme.md: Acme – Data Engineer: follow up: APPLIED, last news 2024-05-01 (31 days ago)", result.Stdout);
        // Stale comes from the file's modification date, which the CLI passes to the core.
        Assert.Contains("cyan.md: Cyan – Data Engineer: stale: PREPARED, untouched since 2024-04-01 (61 days)", result.Stdout);
    }

    [Fact]
    public void Markdown_is_tables()
    {
        WriteSearch();
        var result = Report("--format", "md");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| Stage | Dossiers | Of the stage before |\n|---|---:|---:|\n| applied | 2 | – |\n| screening | 1 | 50% |", result.Stdout.ReplaceLineEndings("\n"));
        Assert.Contains("| [Acme – Data Engineer](<acme.md>) | $150k–$170k | yes |", result.Stdout);
    }

    [Fact]
    public void Each_folder_keeps_its_own_profile()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "strict"));
        Directory.CreateDirectory(Path.Combine(_folder, "modest"));
        Write("strict/dossier.config.yaml", "profile:\n  minimumSalary: 200000\n");
        Write("modest/dossier.config.yaml", "profile:\n  minimumSalary: 100000\n");
        Write("modest/acme.md", Dossier("Acme", "APPLIED", "2024-05-01", "$150,000 - $170,000"));
        Write("strict/beta.md", Dossier("Beta", "APPLIED", "2024-05-01", "$150,000 - $170,000"));
        var result = Report("--format", "json");
        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        // The same range is below the strict folder's minimum and above the modest one's; no single minimum line.
        Assert.Equal(["modest/acme.md False", "strict/beta.md True"],
            json.RootElement.GetProperty("salaries").EnumerateArray().Select(s => $"{s.GetProperty("file").GetString()} {s.GetProperty("belowMinimum").GetBoolean()}"));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("minimumSalary").ValueKind);
    }

    [Fact]
    public void Json_has_the_numbers()
    {
        WriteSearch();
        var result = Report("--format", "json");
        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement root = json.RootElement;
        Assert.Equal(3, root.GetProperty("dossiers").GetInt32());
        Assert.Equal([2, 1, 0, 0], root.GetProperty("funnel").EnumerateArray().Select(s => s.GetProperty("count").GetInt32()));
        Assert.Equal(["acme.md", "beta.md"], root.GetProperty("salaries").EnumerateArray().Select(s => s.GetProperty("file").GetString()));
        Assert.Equal(183456, root.GetProperty("minimumSalary").GetProperty("amount").GetInt32());
        Assert.Equal("cyan.md", root.GetProperty("needsYou").GetProperty("stale")[0].GetProperty("file").GetString());
    }

    [Fact]
    public void Html_goes_to_the_output_file_as_one_self_contained_page()
    {
        WriteSearch();
        var result = Report("--format", "html", "-o", "report.html");
        Assert.Equal((0, ""), (result.ExitCode, result.Stdout));
        string html = File.ReadAllText(Path.Combine(_folder, "report.html"));
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotContain("<script", html);
        Assert.Equal(2, Regex.Count(html, "<rect class=\"salary-bar"));
        Assert.Empty(Directory.EnumerateFiles(_folder, "*.tmp"));
    }

    [Fact]
    public void Ics_has_a_follow_up_per_application_in_progress()
    {
        WriteSearch();
        var result = Report("--format", "ics");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", result.Stdout);
        Assert.EndsWith("END:VCALENDAR\r\n", result.Stdout);
        Assert.Equal(2, Regex.Count(result.Stdout, "BEGIN:VEVENT\r\n"));
        // Both are overdue (last news 2024-05-01 and 2024-05-20, a week each): they go on today.
        Assert.Equal(2, Regex.Count(result.Stdout, "DTSTART;VALUE=DATE:20240601\r\n"));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("md")]
    [InlineData("json")]
    [InlineData("html")]
    public void Redact_keeps_the_minimum_out_of_every_format(string format)
    {
        WriteSearch();
        var result = Report("--format", format, "--redact");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("your minimum", result.Stdout);
        Assert.DoesNotContain("183", result.Stdout);
    }

    [Fact]
    public void Bad_arguments_are_usage_errors()
    {
        Assert.Equal(2, Report("--format", "pdf").ExitCode);
        Assert.Contains("Argument 'pdf' not recognized. Must be one of: 'text', 'md', 'json', 'html', 'ics'", Report("--format", "pdf").Stderr);
        Assert.Equal(2, Report("--today", "yesterday").ExitCode);
        Assert.Equal(2, Report("no-such-folder").ExitCode);
    }

    [Fact]
    public void Lint_over_a_folder_reports_duplicates_naming_the_other_file()
    {
        Write("acme.md", Dossier("Acme", "APPLIED", "2024-05-01", "$150,000 - $170,000", jobId: "R-7"));
        Write("acme-copy.md", Dossier("ACME Inc.", "APPLIED", "2024-05-01", "$150,000 - $170,000", jobId: "r7"));
        var result = dossier.Dossier(_folder, "lint");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("acme.md:6:15: warning duplicate-job-id: Job ID 'R-7' of Acme is also in acme-copy.md: one posting, two dossiers", result.Stdout);
        Assert.Contains("acme-copy.md:6:15: warning duplicate-job-id: Job ID 'r7' of ACME Inc. is also in acme.md: one posting, two dossiers", result.Stdout);
        Assert.DoesNotContain("duplicate-job-id", dossier.Dossier(_folder, "lint", "acme.md").Stdout);
    }
}
