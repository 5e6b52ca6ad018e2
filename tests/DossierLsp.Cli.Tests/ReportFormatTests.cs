using System.Text.Json;
using System.Xml.Linq;

namespace DossierLsp.Cli.Tests;

/// <summary>--format github|junit|gitlab|json and --output, on the published executable.</summary>
[Collection(PublishedDossierCollection.Name)]
public sealed class ReportFormatTests(PublishedDossier dossier) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-formats-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    // An error (enum-invalid), a warning (field-unknown) and an info (enum-case would need a case slip; section-recommended is one).
    private const string Bad = "# Job Application: A - B\n\n## Job Details\n- **Company**: A\n- **Position**: B\n- **Application Status**: APPLID\n- **Salry Range**: $1\n";

    [Fact]
    public void Github_writes_one_workflow_command_per_finding_at_the_right_level()
    {
        Write("a.md", Bad);
        var result = dossier.Dossier(_folder, "lint", "--format", "github");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("::error file=a.md,line=6,endLine=6,col=27,endColumn=33,title=dossier(enum-invalid)::'APPLID' is not a valid Application Status", result.Stdout);
        Assert.Contains("::warning file=a.md,line=7,endLine=7,col=5,endColumn=16,title=dossier(field-unknown)::", result.Stdout);
        Assert.Contains("::notice file=a.md,", result.Stdout);
        Assert.Matches(@"1 file checked, 0 skipped: \d+ errors", result.Stdout);
    }

    [Fact]
    public void Github_escapes_percent_newlines_colons_and_commas()
    {
        Write("odd,name:100%.md", Bad);
        var result = dossier.Dossier(_folder, "lint", "--format", "github", "odd,name:100%.md");
        Assert.Contains("::error file=odd%2Cname%3A100%25.md,line=6,", result.Stdout);
        // A message with a percent sign: the invalid status is quoted in it.
        Write("p.md", Bad.Replace("APPLID", "100%"));
        var quoted = dossier.Dossier(_folder, "lint", "--format", "github", "p.md");
        string invalid = Assert.Single(quoted.Stdout.Split('\n'), l => l.Contains("enum-invalid"));
        Assert.Contains("::'100%25' is not a valid Application Status", invalid);
    }

    [Fact]
    public void Github_appends_every_finding_to_the_step_summary()
    {
        Write("a.md", Bad);
        Write("b.md", Bad.Replace("APPLID", "APPL|x")); // not "APPLIED|x": a status may carry a note after it
        string summary = Path.Combine(_folder, "summary.md");
        File.WriteAllText(summary, "earlier step\n");
        var env = new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary };
        var result = dossier.Dossier(_folder, env, "lint", "--format", "github", "a.md", "b.md");
        string text = File.ReadAllText(summary);
        Assert.StartsWith("earlier step\n", text);
        Assert.Contains("| File | Line | Severity | Rule | Message |", text);
        int annotations = result.Stdout.Split('\n').Count(l => l.StartsWith("::"));
        Assert.Equal(annotations, text.Split('\n').Count(l => l.StartsWith("| a.md |") || l.StartsWith("| b.md |")));
        Assert.Contains("| a.md | 6 | error | `enum-invalid` |", text);
        Assert.Contains("APPL\\|x", text); // a pipe in a value does not split the table's cell
    }

    [Fact]
    public void Text_format_does_not_touch_the_step_summary()
    {
        Write("a.md", Bad);
        string summary = Path.Combine(_folder, "summary.md");
        dossier.Dossier(_folder, new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary }, "lint", "a.md");
        Assert.False(File.Exists(summary));
    }

    [Fact]
    public void Junit_has_one_testcase_per_file_and_a_failure_per_error_or_warning()
    {
        Write("a.md", Bad);
        Write("clean.md", File.ReadAllText(Path.Combine(PublishedDossier.RepositoryRoot, "examples", "root-insurance-staff-mle.md")));
        Write("notes.md", "# Notes\n");
        var result = dossier.Dossier(_folder, "lint", "--format", "junit");
        var json = JsonDocument.Parse(dossier.Dossier(_folder, "lint", "--format", "json").Stdout).RootElement.EnumerateArray().ToArray();
        XDocument xml = XDocument.Parse(result.Stdout);
        XElement suite = xml.Root!.Element("testsuite")!;
        var cases = suite.Elements("testcase").ToDictionary(c => (string)c.Attribute("name")!);
        Assert.Equal(["a.md", "clean.md", "notes.md"], cases.Keys.Order());
        Assert.Equal(json.Count(f => f.GetProperty("file").GetString() == "a.md" && f.GetProperty("severity").GetString() != "info"), cases["a.md"].Elements("failure").Count());
        Assert.Contains(cases["a.md"].Elements("failure"), f => (string)f.Attribute("type")! == "error" && ((string)f.Attribute("message")!).StartsWith("enum-invalid: "));
        Assert.Empty(cases["clean.md"].Elements("failure"));
        Assert.NotNull(cases["notes.md"].Element("skipped"));
        Assert.Equal("1", (string)suite.Attribute("skipped")!);
        Assert.Equal(cases["a.md"].Elements("failure").Count().ToString(), (string)suite.Attribute("failures")!);
    }

    [Fact]
    public void Gitlab_code_quality_has_description_severity_location_and_unique_fingerprints()
    {
        Write("sub/a.md", Bad);
        Write("sub/b.md", Bad);
        var result = dossier.Dossier(_folder, "lint", "--format", "gitlab");
        var issues = JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray().ToArray();
        Assert.NotEmpty(issues);
        JsonElement invalid = issues.First(i => i.GetProperty("check_name").GetString() == "enum-invalid");
        Assert.Equal("major", invalid.GetProperty("severity").GetString());
        Assert.Equal("sub/a.md", invalid.GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(6, invalid.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
        Assert.StartsWith("'APPLID' is not a valid", invalid.GetProperty("description").GetString());
        var fingerprints = issues.Select(i => i.GetProperty("fingerprint").GetString()).ToArray();
        Assert.Equal(fingerprints.Length, fingerprints.Distinct().Count());
        Assert.All(issues, i => Assert.Contains(i.GetProperty("severity").GetString(), new[] { "info", "minor", "major" }));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("github")]
    [InlineData("sarif")]
    [InlineData("junit")]
    [InlineData("gitlab")]
    public void Output_writes_the_report_to_a_file_and_the_console_shows_the_summary(string format)
    {
        Write("a.md", Bad);
        var toStdout = dossier.Dossier(_folder, "lint", "--format", format);
        var toFile = dossier.Dossier(_folder, "lint", "--format", format, "--output", "report.out");
        Assert.Equal(toStdout.ExitCode, toFile.ExitCode);
        string line = Assert.Single(toFile.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"^1 file checked, 0 skipped: \d+ errors, \d+ warnings?, \d+ infos? in \d+\.\d\ds$", line);
        string report = File.ReadAllText(Path.Combine(_folder, "report.out"));
        static string Timeless(string s) => System.Text.RegularExpressions.Regex.Replace(s, @"(in \d+\.\d\ds|time=""[\d.]+"")", "");
        Assert.Equal(Timeless(toStdout.Stdout), Timeless(report));
    }

    [Fact]
    public void Colour_only_on_request_or_a_terminal_and_never_with_NO_COLOR()
    {
        Write("a.md", Bad);
        Assert.DoesNotContain("\u001b[", dossier.Dossier(_folder, "lint").Stdout);
        Assert.Contains("\u001b[31merror\u001b[0m", dossier.Dossier(_folder, new Dictionary<string, string> { ["FORCE_COLOR"] = "1" }, "lint").Stdout);
        Assert.DoesNotContain("\u001b[", dossier.Dossier(_folder, new Dictionary<string, string> { ["FORCE_COLOR"] = "1", ["NO_COLOR"] = "1" }, "lint").Stdout);
        Assert.DoesNotContain("\u001b[", dossier.Dossier(_folder, new Dictionary<string, string> { ["FORCE_COLOR"] = "1" }, "lint", "--format", "json").Stdout);
    }

    [SkippableFact]
    public void On_a_terminal_text_is_coloured_and_with_NO_COLOR_it_is_not()
    {
        Skip.IfNot(File.Exists("/usr/bin/script"), "util-linux's script (a pseudo-terminal) is not installed");
        Write("a.md", Bad);
        string command = $"'{dossier.Path}' lint a.md";
        var tty = PublishedDossier.Run("/usr/bin/script", ["-qec", command, "/dev/null"], _folder, new Dictionary<string, string> { ["TERM"] = "xterm" });
        Assert.Contains("\u001b[31merror\u001b[0m", tty.Stdout);
        var noColour = PublishedDossier.Run("/usr/bin/script", ["-qec", command, "/dev/null"], _folder, new Dictionary<string, string> { ["TERM"] = "xterm", ["NO_COLOR"] = "1" });
        Assert.Contains("error enum-invalid", noColour.Stdout);
        Assert.DoesNotContain("\u001b[3", noColour.Stdout);
    }

    [Fact]
    public void Progress_never_reaches_a_pipe()
    {
        for (int i = 0; i < 300; i++)
        {
            Write($"d{i:D3}.md", Bad);
        }
        var result = dossier.Dossier(_folder, "lint");
        Assert.DoesNotContain("linting", result.Stderr);
        Assert.Equal("", result.Stderr);
    }
}
