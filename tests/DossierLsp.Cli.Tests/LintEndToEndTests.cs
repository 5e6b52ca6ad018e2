using System.Text;
using System.Text.Json;

namespace DossierLsp.Cli.Tests;

[Collection(PublishedDossierCollection.Name)]
public sealed class LintEndToEndTests(PublishedDossier dossier) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-lint-").FullName;

    private static string Seed => File.ReadAllText(Path.Combine(PublishedDossier.RepositoryRoot, "examples", "root-insurance-staff-mle.md"));

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder, name), text);

    private void WriteBytes(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(_folder, name), bytes);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Bundled_examples_report_the_planted_mistakes_and_skip_the_readme()
    {
        var result = dossier.Dossier(PublishedDossier.RepositoryRoot, "lint", "examples");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("examples/globex-backend-engineer.md:8:27: error enum-invalid: 'APPLID' is not a valid Application Status; did you mean 'APPLIED'?", result.Stdout);
        Assert.DoesNotContain("README.md", result.Stdout);
        Assert.DoesNotContain("root-insurance-staff-mle.md", result.Stdout);
        Assert.Matches(@"4 files checked, 1 skipped: \d+ errors", result.Stdout);
    }

    [Fact]
    public void Seed_example_is_clean_with_a_minimum_of_180000()
    {
        Write("dossier.config.yaml", "profile:\n  minimumSalary: 180000\n");
        Write("root.md", Seed);
        var result = dossier.Dossier(_folder, "lint");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^1 file checked, 0 skipped: 0 errors, 0 warnings, 0 infos in \d+\.\d\ds\n$", result.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Seed_example_is_below_a_minimum_of_300000_and_warnings_pass_by_default()
    {
        Write("dossier.config.yaml", "profile:\n  minimumSalary: 300000\n");
        Write("root.md", Seed);
        var result = dossier.Dossier(_folder, "lint");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("root.md:11:21: warning salary-below-minimum:", result.Stdout);
        Assert.Equal(1, dossier.Dossier(_folder, "lint", "--max-warnings", "0").ExitCode);
    }

    [Fact]
    public void Json_output_has_one_based_positions_and_every_field()
    {
        Write("a.md", "# Job Application: A - B\n\n## Job Details\n- **Company**: A\n- **Position**: B\n- **Application Status**: APPLID\n");
        var result = dossier.Dossier(_folder, "lint", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        JsonElement finding = json.RootElement.EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "enum-invalid");
        Assert.Equal("a.md", finding.GetProperty("file").GetString());
        Assert.Equal(6, finding.GetProperty("line").GetInt32());
        Assert.Equal(27, finding.GetProperty("column").GetInt32());
        Assert.Equal(6, finding.GetProperty("endLine").GetInt32());
        Assert.Equal(33, finding.GetProperty("endColumn").GetInt32());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.StartsWith("'APPLID' is not a valid", finding.GetProperty("message").GetString());
    }

    [Fact]
    public void Quiet_reports_errors_only()
    {
        Write("a.md", "# Job Application: A - B\n\n## Job Details\n- **Company**: A\n- **Position**: B\n- **Application Status**: applied\n- **Salry Range**: $1\n");
        var result = dossier.Dossier(_folder, "lint", "--quiet", "a.md");
        Assert.DoesNotContain("enum-case", result.Stdout);
        Assert.DoesNotContain("field-unknown", result.Stdout);
        Assert.Contains("section-missing", result.Stdout);
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, dossier.Dossier(_folder, "lint", "--format", "xml").ExitCode);
        Assert.Equal(2, dossier.Dossier(_folder, "lint", "--bogus").ExitCode);
        Assert.Equal(2, dossier.Dossier(_folder, "lint", "missing.md").ExitCode);
        Assert.Equal(2, dossier.Dossier(_folder, "frobnicate").ExitCode);
    }

    [Fact]
    public void Config_errors_name_file_line_and_column_and_exit_2()
    {
        Write("dossier.config.yaml", "profile:\n  minimumSalry: 180000\n");
        Write("root.md", Seed);
        var result = dossier.Dossier(_folder, "lint");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("dossier.config.yaml:2:3: error: unknown key 'minimumSalry' in profile; did you mean 'minimumSalary'?", result.Stderr);
    }

    [Fact]
    public void A_broken_schema_is_reported_with_its_position_not_a_stack_trace()
    {
        Write("dossier.config.yaml", "schema: my-schema.yaml\n");
        Write("my-schema.yaml", "name: x\nfieldsSection: Job Details\nsections:\n  - heading: Job Details\nfields:\n  - key: A\n    type: nonsense\n");
        Write("root.md", Seed);
        var result = dossier.Dossier(_folder, "lint");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("my-schema.yaml:7:11: error: type must be one of", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public void Latin1_and_unreadable_files_get_a_per_file_error_and_the_rest_is_linted()
    {
        WriteBytes("latin1.md", Encoding.Latin1.GetBytes("# Job Application: Café - Chef\n\n## Notes\nrésumé\n"));
        Write("good.md", "# Job Application: A - B\n\n## Job Details\n- **Application Status**: APPLID\n");
        var result = dossier.Dossier(_folder, "lint");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("latin1.md:1:23: error file-unreadable: the file is not valid UTF-8", result.Stdout);
        Assert.Contains("good.md:4:27: error enum-invalid", result.Stdout);
    }

    [Fact]
    public void Crlf_bom_tabs_and_emoji_give_the_same_columns()
    {
        const string lf = "# Job Application: A - B\n\n## Job Details\n- **Company**: 😀 A\n- **Position**: B\n- **Application Status**: APPLID\n";
        Write("lf.md", lf);
        WriteBytes("crlf.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(lf.Replace("\n", "\r\n"))]);
        var result = dossier.Dossier(_folder, "lint", "--format", "json");
        using var json = JsonDocument.Parse(result.Stdout);
        var positions = json.RootElement.EnumerateArray()
            .GroupBy(f => f.GetProperty("file").GetString())
            .ToDictionary(g => g.Key!, g => g.Select(f => $"{f.GetProperty("rule")}@{f.GetProperty("line")}:{f.GetProperty("column")}").ToArray());
        Assert.Equal(positions["lf.md"], positions["crlf.md"]);
        Assert.Contains("enum-invalid@6:27", positions["lf.md"]);
    }

    [Fact]
    public void Hostile_inputs_give_findings_or_one_error_and_other_files_are_still_linted()
    {
        string body = "# Job Application: A - B\n\n## Job Details\n- **Company**: A\n- **Position**: B\n- **Application Status**: APPLIED\n\n## Notes\n";
        Write("huge.md", body + string.Concat(Enumerable.Repeat("- a line of notes that goes on for a while to make it long\n", 36_000)));
        Write("quotes.md", body + string.Concat(Enumerable.Repeat("> ", 5000)) + "deep\n");
        Write("lists.md", body + string.Concat(Enumerable.Repeat("- ", 5000)) + "deep\n");
        Write("nul.md", body.Replace("A\n", "A\0B\n"));
        Write("links.md", body + string.Concat(Enumerable.Repeat("[a](b", 60_000)));
        Write("good.md", "# Job Application: A - B\n\n## Job Details\n- **Application Status**: APPLID\n");
        var result = dossier.Dossier(_folder, "lint");
        Assert.Contains("good.md:4:27: error enum-invalid", result.Stdout);
        Assert.Contains("quotes.md:9:1: warning markdown-set-aside: content nested more than 32 levels deep", result.Stdout);
        Assert.Contains("lists.md:9:1: warning markdown-set-aside", result.Stdout);
        Assert.Contains("6 files checked", result.Stdout);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public void Output_is_identical_across_runs()
    {
        for (int i = 0; i < 30; i++)
        {
            Write($"d{i:D2}.md", $"# Job Application: C{i} - P\n\n## Job Details\n- **Company**: C{i}\n- **Salry**: x\n- **Application Status**: {(i % 2 == 0 ? "APPLID" : "applied")}\n");
        }
        // All but the summary line, which ends with the time taken.
        static string Findings(string stdout) => string.Join('\n', stdout.Split('\n').Where(l => !l.Contains(" checked, ")));
        string first = dossier.Dossier(_folder, "lint").Stdout;
        Assert.Equal(Findings(first), Findings(dossier.Dossier(_folder, "lint").Stdout));
        var lines = first.Split('\n').Where(l => l.StartsWith('d')).ToArray();
        Assert.Equal(lines.OrderBy(l => l.Split(':')[0], StringComparer.Ordinal).ThenBy(l => int.Parse(l.Split(':')[1])).ThenBy(l => int.Parse(l.Split(':')[2])), lines);
    }

    [Fact]
    public void Opted_out_files_are_skipped_even_when_named()
    {
        Write("notes.md", "<!-- dossier: off -->\n# Job Application: A - B\n");
        var result = dossier.Dossier(_folder, "lint", "notes.md");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 files checked, 1 skipped", result.Stdout);
    }

    [Fact]
    public void Profile_comes_from_DOSSIER_PROFILE_and_the_workspace_config_wins_key_by_key()
    {
        Write("profile.yaml", "minimumSalary: 300000\npreferredLocations: [Berlin]\n");
        Write("dossier.config.yaml", "profile:\n  preferredLocations: [Remote]\n");
        Write("root.md", Seed);
        var result = PublishedDossier.Run(dossier.Path, ["lint"], _folder, new Dictionary<string, string> { ["DOSSIER_PROFILE"] = Path.Combine(_folder, "profile.yaml") });
        Assert.Contains("salary-below-minimum", result.Stdout);
        Assert.DoesNotContain("location-not-preferred", result.Stdout);
    }

    [Fact]
    public void Rules_markdown_matches_docs_rules_md()
    {
        var result = dossier.Dossier(_folder, "rules", "--format", "markdown");
        Assert.Equal(0, result.ExitCode);
        string docs = File.ReadAllText(Path.Combine(PublishedDossier.RepositoryRoot, "docs", "RULES.md"));
        Assert.True(docs.ReplaceLineEndings("\n") == result.Stdout.ReplaceLineEndings("\n"), "docs/RULES.md is out of date: regenerate it with `dossier rules --format markdown > docs/RULES.md`");
    }

    [Fact]
    public void Explain_says_why_each_file_was_linted_and_where_settings_came_from()
    {
        Write("dossier.config.yaml", "profile:\n  minimumSalary: 300000\n");
        Write("root.md", Seed);
        Write("notes.md", "# My notes\n");
        var result = dossier.Dossier(_folder, "lint", "--explain");
        Assert.Contains("root.md: linted: title matches schema 'job-dossier'", result.Stdout);
        Assert.Contains("notes.md: skipped: no marker, no config glob, its title 'My notes' matches no schema's title, and it has only 0 fields and 0 sections of schema 'job-dossier'", result.Stdout);
        Assert.Contains($"profile.minimumSalary = 300000 ({Path.Combine(_folder, "dossier.config.yaml")}:2:18)", result.Stdout);
        Assert.Contains("profile.currency = USD (default)", result.Stdout);
    }

    [Fact]
    public void A_named_file_that_is_no_dossier_gets_one_warning_not_a_page_of_errors()
    {
        Write("README.md", "# My job search\n\nOne file per application.\n\n## Layout\n- applied/\n");
        var result = dossier.Dossier(_folder, "lint", "README.md");
        Assert.Equal(["README.md:1:1: warning not-a-dossier: not a dossier; skipped: no marker, no config glob, its title 'My job search' matches no schema's title, and it has only 0 fields and 0 sections of schema 'job-dossier'"],
            result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).SkipLast(1));
        Assert.Contains("0 files checked, 1 skipped: 0 errors, 1 warning, 0 infos", result.Stdout);
    }

    [Fact]
    public void Fix_rewrites_only_spelling_in_place_keeping_bom_and_crlf()
    {
        const string lf = "# Job Application: A - B\n\n## Job Details\n* Company: A\n- **Position**: B\n- **Application Status**: applied\n- **Application Date**: 2024-05-02\n- **Salry Range**: $1\n\njob description\n---------------\nText.\n\n## requirements\n- x\n";
        byte[] original = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(lf.Replace("\n", "\r\n"))];
        WriteBytes("a.md", original);
        var result = dossier.Dossier(_folder, "lint", "--fix", "a.md");
        byte[] written = File.ReadAllBytes(Path.Combine(_folder, "a.md"));
        Assert.Equal(original[..3], written[..3]);
        string text = Encoding.UTF8.GetString(written[3..]);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        Assert.Contains("* **Company**: A\r\n", text); // the key is rewritten; the bullet marker is Markdown style, not ours
        Assert.Contains("**Application Status**: APPLIED\r\n", text);
        Assert.Contains("Job Description\r\n---------------", text);
        Assert.Contains("## Requirements\r\n", text);
        Assert.Contains("**Salary Range**: $1", text); // a misspelt key a few letters from a missing field is renamed
        Assert.Contains("fixed 5 findings in 1 file", result.Stdout);
        Assert.DoesNotContain("field-unknown", result.Stdout);
        Assert.DoesNotContain("enum-case", result.Stdout);
        Assert.Equal(["a.md"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }
}
