namespace DossierLsp.Cli.Tests;

/// <summary>
/// What a folder walk leaves out. Walks and globs skip what <c>.gitignore</c>, <c>.git/info/exclude</c> and
/// <c>.ignore</c> ignore, in <c>dossier lint</c> and <c>dossier report</c>; a file named by its path is checked anyway;
/// <c>--no-ignore</c> checks all. A walk does not enter a folder the config excludes, as the server's does not.
/// </summary>
[Collection(PublishedDossierCollection.Name)]
public sealed class IgnoreFilesTests(PublishedDossier dossier) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-ignore-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Dossier(string company) =>
        $"# Job Application: {company} - Engineer\n\n## Job Details\n- **Company**: {company}\n- **Position**: Engineer\n- **Application Status**: APPLID\n";

    private void Write(string relative, string text)
    {
        string full = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>A git work tree with one dossier in plain sight and three that its ignore files ignore.</summary>
    private void WriteRepository()
    {
        Directory.CreateDirectory(Path.Combine(_folder, ".git", "info"));
        Write(".gitignore", "# kept out of the repository\nprivate/\n");
        Write("jobs/.gitignore", "*.draft.md\n");
        Write(".git/info/exclude", "local.md\n");
        Write("jobs/acme.md", Dossier("Acme"));
        Write("jobs/globex.draft.md", Dossier("Globex"));
        Write("private/initech.md", Dossier("Initech"));
        Write("local.md", Dossier("Local"));
    }

    private static string[] LintedFiles(PublishedDossier.Result result) =>
        result.Stdout.ReplaceLineEndings("\n").Split('\n').Where(l => l.Contains(": error enum-invalid:", StringComparison.Ordinal))
            .Select(l => l[..l.IndexOf(':')]).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void A_folder_walk_skips_what_the_ignore_files_ignore()
    {
        WriteRepository();
        var result = dossier.Dossier(_folder, "lint", ".");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["jobs/acme.md"], LintedFiles(result));
        Assert.Contains("1 file checked", result.Stdout);
    }

    [Fact]
    public void No_ignore_checks_every_file_of_the_folder()
    {
        WriteRepository();
        var result = dossier.Dossier(_folder, "lint", "--no-ignore");
        Assert.Equal(["jobs/acme.md", "jobs/globex.draft.md", "local.md", "private/initech.md"], LintedFiles(result));
    }

    [Fact]
    public void A_file_named_by_its_path_is_checked_even_when_ignored_but_a_glob_skips_it()
    {
        WriteRepository();
        Assert.Equal(["private/initech.md"], LintedFiles(dossier.Dossier(_folder, "lint", "private/initech.md")));
        Assert.Equal(["jobs/acme.md"], LintedFiles(dossier.Dossier(_folder, "lint", "**/*.md")));
    }

    [Fact]
    public void Outside_a_git_work_tree_only_dot_ignore_files_count()
    {
        Write(".gitignore", "private/\n");
        Write(".ignore", "*.draft.md\n");
        Write("jobs/acme.md", Dossier("Acme"));
        Write("jobs/globex.draft.md", Dossier("Globex"));
        Write("private/initech.md", Dossier("Initech"));
        Assert.Equal(["jobs/acme.md", "private/initech.md"], LintedFiles(dossier.Dossier(_folder, "lint")));
    }

    [Fact]
    public void The_report_leaves_out_ignored_dossiers_unless_no_ignore()
    {
        WriteRepository();
        var report = dossier.Dossier(_folder, "report", "--format", "json");
        Assert.Equal(0, report.ExitCode);
        Assert.Contains("jobs/acme.md", report.Stdout);
        Assert.DoesNotContain("initech", report.Stdout);
        Assert.Contains("initech", dossier.Dossier(_folder, "report", "--format", "json", "--no-ignore").Stdout);
    }

    [Fact]
    public void A_walk_does_not_enter_a_folder_the_config_excludes_so_a_marker_there_is_not_seen()
    {
        Write("dossier.config.yaml", "exclude:\n  - \"archive/**\"\n");
        Write("jobs/acme.md", Dossier("Acme"));
        Write("archive/2023/old.md", "<!-- dossier: job-dossier -->\n" + Dossier("Old"));
        var walked = dossier.Dossier(_folder, "lint", "--explain");
        Assert.Equal(["jobs/acme.md"], LintedFiles(walked));
        Assert.DoesNotContain("old.md", walked.Stdout + walked.Stderr);
        Assert.Equal(["archive/2023/old.md"], LintedFiles(dossier.Dossier(_folder, "lint", "archive/2023/old.md")));
    }
}
