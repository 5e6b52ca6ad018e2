namespace DossierLsp.Cli.Tests;

/// <summary>
/// The progress line of `dossier lint` is for people at a terminal: it appears when stderr is a terminal (here a
/// pseudo-terminal from util-linux's <c>script</c>), never when stderr is piped or <c>CI</c> is set.
/// <c>DOSSIER_PROGRESS_DELAY_MS=0</c> (documented in README.md) shows it from the start, so no test waits for a slow run.
/// </summary>
[Collection(PublishedDossierCollection.Name)]
public sealed class ProgressTests(PublishedDossier dossier) : IDisposable
{
    private const string ProgressLine = "linting 0/3 files";
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-progress-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void WriteDossiers()
    {
        foreach (string company in new[] { "Acme", "Globex", "Initech" })
        {
            File.WriteAllText(Path.Combine(_folder, $"{company}.md"), $"# Job Application: {company} - Engineer\n\n## Job Details\n- **Company**: {company}\n- **Position**: Engineer\n");
        }
    }

    /// <summary>`dossier lint .` with stdin, stdout and stderr on one pseudo-terminal; what the terminal showed.</summary>
    private string OnTerminal(Dictionary<string, string> environment)
    {
        Skip.If(!File.Exists("/usr/bin/script"), "util-linux `script` is not installed (.ci/run installs bsdutils)");
        environment["TERM"] = "xterm";
        environment["DOSSIER_PROGRESS_DELAY_MS"] = "0";
        var run = PublishedDossier.Run("/usr/bin/script", ["-qec", $"'{dossier.Path}' lint .", "/dev/null"], _folder, environment);
        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}:\n{run.Stdout}\n{run.Stderr}");
        Assert.Contains("3 files checked", run.Stdout);
        return run.Stdout;
    }

    [SkippableFact]
    public void A_terminal_shows_the_progress_line_and_erases_it()
    {
        WriteDossiers();
        string terminal = OnTerminal([]);
        int shown = terminal.IndexOf(ProgressLine, StringComparison.Ordinal);
        Assert.True(shown >= 0, terminal);
        Assert.True(terminal.IndexOf("\r\u001b[2K", shown, StringComparison.Ordinal) > shown, "the line is erased before the report");
    }

    [SkippableFact]
    public void A_terminal_in_CI_shows_no_progress_line()
    {
        WriteDossiers();
        Assert.DoesNotContain("linting", OnTerminal(new() { ["CI"] = "true" }));
    }

    [Fact]
    public void A_piped_stderr_gets_no_progress_line()
    {
        WriteDossiers();
        var run = dossier.Dossier(_folder, new Dictionary<string, string> { ["TERM"] = "xterm", ["DOSSIER_PROGRESS_DELAY_MS"] = "0" }, "lint", ".");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("3 files checked", run.Stdout);
        Assert.DoesNotContain("linting", run.Stderr);
    }
}
