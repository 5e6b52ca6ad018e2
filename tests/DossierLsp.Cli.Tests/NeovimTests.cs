using System.Text.Json;

namespace DossierLsp.Cli.Tests;

/// <summary>
/// A real editor: Neovim's built-in LSP client against the published server. Installs nothing itself; CI installs
/// Debian's neovim (0.7), and elsewhere the test is skipped with the reason.
/// </summary>
[Collection(PublishedDossierCollection.Name)]
public sealed class NeovimTests(PublishedDossier dossier) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-nvim-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string? FindNvim() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "nvim"))
            .FirstOrDefault(File.Exists);

    /// <summary>Run with and without snippet support (Neovim 0.7 declares none unless a snippet plugin adds it).</summary>
    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public void Neovim_shows_diagnostics_offers_every_status_and_inserts_a_field(bool snippets)
    {
        string? nvim = FindNvim();
        Skip.If(nvim is null, "nvim is not on PATH (CI installs Debian's neovim; install it to run this test)");

        File.WriteAllText(Path.Combine(_folder, "dossier.config.yaml"), "profile:\n  minimumSalary: 300000\n");
        string file = Path.Combine(_folder, "root.md");
        File.WriteAllText(file, File.ReadAllText(Path.Combine(PublishedDossier.RepositoryRoot, "examples", "root-insurance-staff-mle.md"))
            .Replace("**Application Status**: PREPARED", "**Application Status**: APPLID", StringComparison.Ordinal)
            .Replace("- **Job ID**: JR101755\n", "- \n", StringComparison.Ordinal));
        string output = Path.Combine(_folder, "result.json");
        string script = Path.Combine(AppContext.BaseDirectory, "Neovim", "check.lua");
        string args = JsonSerializer.Serialize(new object[] { dossier.Path, _folder, file, output, snippets ? 1 : 0 });

        var run = PublishedDossier.Run(nvim!, ["--headless", "-u", "NONE", "-i", "NONE", "--noplugin", "--cmd", $"let g:dossier_args = {args}", "-c", $"luafile {script}"], _folder);
        Assert.True(File.Exists(output), $"Neovim wrote no result (exit {run.ExitCode}):\n{run.Stdout}\n{run.Stderr}");

        using var result = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Empty(result.RootElement.GetProperty("errors").EnumerateArray());
        var diagnostics = result.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("line").GetInt32()}:{d.GetProperty("col").GetInt32()} {d.GetProperty("code").GetString()}")
            .ToArray();
        Assert.Contains("9:27 enum-invalid", diagnostics);
        Assert.Contains("11:21 salary-below-minimum", diagnostics);
        var labels = result.RootElement.GetProperty("completion").EnumerateArray().Select(l => l.GetString()!).ToArray();
        Assert.Equal(["RESEARCHING", "PREPARED", "APPLIED", "SCREENING", "INTERVIEWING", "OFFER", "ACCEPTED", "REJECTED", "WITHDRAWN"], labels);

        // A snippet only for a client that can expand it; the line reads the same either way, never "$1".
        Assert.Equal(snippets ? 2 : 1, result.RootElement.GetProperty("insertTextFormat").GetInt32());
        Assert.Equal(snippets ? "**Job ID**: $1" : "**Job ID**: ", result.RootElement.GetProperty("newText").GetString());
        Assert.Equal("- **Job ID**: ", result.RootElement.GetProperty("inserted").GetString());
    }
}
