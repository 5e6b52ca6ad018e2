using System.Text;
using System.Text.RegularExpressions;

namespace DossierLsp.Cli.Tests;

/// <summary>--fix and --fix-dry-run: what they change, what they keep, and that they are atomic and idempotent.</summary>
[Collection(PublishedDossierCollection.Name)]
public sealed class FixTests(PublishedDossier dossier) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-fix-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // Four automatic fixes: the key's syntax, the status's case, the misspelt key, the heading's case.
    private const string Fixable = "# Job Application: A - B\n\n## Job Details\n* Company: A\n- **Position**: B\n- **Application Status**: applied\n- **Application Date**: 2024-05-02\n- **Salry Range**: $1\n\n## requirements\n- x\n";
    private const string Fixed = "# Job Application: A - B\n\n## Job Details\n* **Company**: A\n- **Position**: B\n- **Application Status**: APPLIED\n- **Application Date**: 2024-05-02\n- **Salary Range**: $1\n\n## Requirements\n- x\n";

    private string PathOf(string name) => Path.Combine(_folder, name);

    [Theory]
    [InlineData("\n", true, false)]
    [InlineData("\r\n", true, true)]
    [InlineData("\n", false, false)]
    [InlineData("\r\n", false, true)]
    public void Fix_keeps_line_endings_bom_and_the_trailing_newline(string newline, bool trailingNewline, bool bom)
    {
        string Shape(string text) => (trailingNewline ? text : text.TrimEnd('\n')).Replace("\n", newline);
        byte[] preamble = bom ? [0xEF, 0xBB, 0xBF] : [];
        File.WriteAllBytes(PathOf("a.md"), [.. preamble, .. Encoding.UTF8.GetBytes(Shape(Fixable))]);
        var result = dossier.Dossier(_folder, "lint", "--fix", "a.md");
        Assert.Contains("a.md: fixed 4 findings", result.Stdout);
        Assert.Equal([.. preamble, .. Encoding.UTF8.GetBytes(Shape(Fixed))], File.ReadAllBytes(PathOf("a.md")));
    }

    [Fact]
    public void Files_with_nothing_to_fix_are_not_touched_and_a_second_run_changes_nothing()
    {
        File.WriteAllText(PathOf("a.md"), Fixable);
        File.WriteAllText(PathOf("guess.md"), Fixed.Replace("APPLIED", "APPLID")); // only a guess to make
        File.WriteAllText(PathOf("notes.md"), "# notes\n* Company: A\n"); // not a dossier
        var before = new[] { "guess.md", "notes.md" }.ToDictionary(n => n, n => (File.GetLastWriteTimeUtc(PathOf(n)), File.ReadAllBytes(PathOf(n))));
        Thread.Sleep(20); // so that a rewrite would show in the modification time
        var first = dossier.Dossier(_folder, "lint", "--fix");
        Assert.Contains("fixed 4 findings in 1 file", first.Stdout);
        foreach (var (name, (time, bytes)) in before)
        {
            Assert.Equal(time, File.GetLastWriteTimeUtc(PathOf(name)));
            Assert.Equal(bytes, File.ReadAllBytes(PathOf(name)));
        }
        DateTime fixedAt = File.GetLastWriteTimeUtc(PathOf("a.md"));
        var second = dossier.Dossier(_folder, "lint", "--fix");
        Assert.Contains("fixed 0 findings in 0 files", second.Stdout);
        Assert.Equal(Fixed, File.ReadAllText(PathOf("a.md")));
        Assert.Equal(fixedAt, File.GetLastWriteTimeUtc(PathOf("a.md")));
        Assert.Equal(first.ExitCode, second.ExitCode);
    }

    [SkippableFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Fix_counts_per_file_keeps_permissions_and_leaves_no_temporary_files()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix permissions");
        File.WriteAllText(PathOf("a.md"), Fixable);
        File.WriteAllText(PathOf("b.md"), Fixable.Replace("## requirements", "## Requirements"));
        File.SetUnixFileMode(PathOf("a.md"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var result = dossier.Dossier(_folder, "lint", "--fix");
        Assert.Contains("a.md: fixed 4 findings", result.Stdout);
        Assert.Contains("b.md: fixed 3 findings", result.Stdout);
        Assert.Contains("fixed 7 findings in 2 files", result.Stdout);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(PathOf("a.md")));
        Assert.Equal(["a.md", "b.md"], Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Fix_reports_the_findings_that_remain()
    {
        File.WriteAllText(PathOf("a.md"), Fixable);
        var result = dossier.Dossier(_folder, "lint", "--fix", "a.md");
        Assert.Contains("a.md:1:3: error section-missing: required section '## Job Description' is missing", result.Stdout);
        Assert.DoesNotContain("field-unknown", result.Stdout);
        Assert.DoesNotContain("enum-case", result.Stdout);
        Assert.DoesNotContain("section-heading-style", result.Stdout);
    }

    [SkippableFact]
    public void Dry_run_prints_a_diff_that_patch_applies_and_writes_nothing()
    {
        Skip.IfNot(File.Exists("/usr/bin/git"), "git is not installed");
        File.WriteAllText(PathOf("a.md"), Fixable);
        File.WriteAllText(PathOf("b.md"), Fixed);
        var result = dossier.Dossier(_folder, "lint", "--fix-dry-run");
        Assert.Equal(Fixable, File.ReadAllText(PathOf("a.md")));
        Assert.Contains("--- a/a.md\n+++ b/a.md\n@@ -1,11 +1,11 @@\n", result.Stdout);
        Assert.Contains("-* Company: A\n+* **Company**: A\n", result.Stdout);
        Assert.DoesNotContain("b.md\n", result.Stdout);
        Assert.Contains("a.md: would fix 4 findings", result.Stdout);
        Assert.Contains("would fix 4 findings in 1 file", result.Stdout);

        // The diff comes first, then the findings ("a.md:8:5: warning …").
        string patch = string.Concat(result.Stdout.Split('\n').TakeWhile(l => !Regex.IsMatch(l, @"^\S+\.md:\d+:\d+: ")).Select(l => l + "\n"));
        File.WriteAllText(PathOf("fix.patch"), patch);
        var apply = PublishedDossier.Run("/usr/bin/git", ["apply", "fix.patch"], _folder);
        Assert.True(apply.ExitCode == 0, apply.Stderr + "\n" + patch);
        Assert.Equal(Fixed, File.ReadAllText(PathOf("a.md")));
    }
}
