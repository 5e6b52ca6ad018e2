namespace DossierLsp.Cli.Tests;

/// <summary>
/// The one-line installs: the .NET tool package and the pre-commit hook, each built from this repository as a user's
/// machine would build it. Slow (each packs the CLI), so they share the published-dossier collection and run alone.
/// </summary>
[Collection(PublishedDossierCollection.Name)]
public sealed class InstallTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-install-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    [Fact]
    public void The_tool_package_carries_its_dependencies_installs_and_lints_the_examples()
    {
        var pack = PublishedDossier.Run("dotnet", ["pack", Path.Combine(PublishedDossier.RepositoryRoot, "server", "DossierLsp.Cli"), "-c", "Release", "-o", PathOf("nupkg"), "--nologo"], PublishedDossier.RepositoryRoot, minutes: 10);
        Assert.True(pack.ExitCode == 0, pack.Stdout + pack.Stderr);
        string package = Assert.Single(Directory.GetFiles(PathOf("nupkg"), "*.nupkg"));
        Assert.Matches(@"DossierLsp\.Cli\.\d+\.\d+\.\d+\.nupkg$", package);

        // With every other NuGet source cleared, as pre-commit installs it: the package must hold all it needs.
        File.WriteAllText(PathOf("nuget.config"), "<?xml version=\"1.0\" encoding=\"utf-8\"?><configuration><packageSources><clear /></packageSources></configuration>");
        var install = PublishedDossier.Run("dotnet", ["tool", "install", "--configfile", PathOf("nuget.config"), "--tool-path", PathOf("tools"), "--add-source", PathOf("nupkg"), "DossierLsp.Cli"], _folder);
        Assert.True(install.ExitCode == 0, install.Stdout + install.Stderr);

        var lint = PublishedDossier.Run(PathOf("tools/dossier"), ["lint", "examples"], PublishedDossier.RepositoryRoot);
        Assert.Equal(1, lint.ExitCode);
        Assert.Contains("examples/globex-backend-engineer.md:8:27: error enum-invalid:", lint.Stdout);
        Assert.Matches(@"4 files checked, 1 skipped: \d+ errors", lint.Stdout);
    }

    [SkippableFact]
    public void The_pre_commit_hook_fails_on_a_bad_dossier_and_passes_once_it_is_fixed()
    {
        string? preCommit = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "pre-commit")).FirstOrDefault(File.Exists);
        Skip.If(preCommit is null, "pre-commit is not on PATH (.ci/run installs Debian's pre-commit)");

        string repo = PathOf("repo");
        Directory.CreateDirectory(Path.Combine(repo, "jobs"));
        foreach (string[] git in new[] { new[] { "init", "-q" }, ["config", "user.email", "test@example.com"], ["config", "user.name", "Test"] })
        {
            Assert.Equal(0, PublishedDossier.Run("git", git, repo).ExitCode);
        }
        const string dossier = "# Job Application: Acme - SRE\n\n## Job Details\n- **Company**: Acme\n- **Position**: SRE\n- **Application Status**: APPLID\n\n## Job Description\nRun things.\n\n## Requirements\n- Linux\n";
        File.WriteAllText(Path.Combine(repo, "jobs", "acme.md"), dossier);
        File.WriteAllText(Path.Combine(repo, "README.md"), "# My job search\n\nNot a dossier, so the hook skips it.\n");
        Assert.Equal(0, PublishedDossier.Run("git", ["add", "."], repo).ExitCode);

        var environment = new Dictionary<string, string> { ["PRE_COMMIT_HOME"] = PathOf("pre-commit-cache") };
        string[] args = ["try-repo", PublishedDossier.RepositoryRoot, "dossier-lint", "--files", "jobs/acme.md", "README.md"];
        // Builds the tool from the repository as pre-commit does (dotnet pack): minutes on a busy machine.
        var failing = PublishedDossier.Run(preCommit!, args, repo, environment, minutes: 15);
        Assert.True(failing.ExitCode != 0, failing.Stdout + failing.Stderr);
        Assert.Contains("jobs/acme.md:6:27: error enum-invalid", failing.Stdout);
        Assert.DoesNotContain("README.md:", failing.Stdout);

        File.WriteAllText(Path.Combine(repo, "jobs", "acme.md"), dossier.Replace("APPLID", "APPLIED").Replace("- **Position**: SRE\n", "- **Position**: SRE\n- **Application Date**: 2024-05-02\n"));
        var passing = PublishedDossier.Run(preCommit!, args, repo, environment, minutes: 15);
        Assert.True(passing.ExitCode == 0, passing.Stdout + passing.Stderr);
        Assert.Contains("Passed", passing.Stdout);
    }
}
