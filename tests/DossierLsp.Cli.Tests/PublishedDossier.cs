using System.Diagnostics;

namespace DossierLsp.Cli.Tests;

/// <summary>
/// The published `dossier` executable: the one named by DOSSIER_EXE (tests/run-all.sh publishes once and sets it),
/// else published here into a temporary folder once per test run.
/// </summary>
public sealed class PublishedDossier : IDisposable
{
    private readonly string? _publishDirectory;

    public PublishedDossier()
    {
        if (Environment.GetEnvironmentVariable("DOSSIER_EXE") is { Length: > 0 } exe && File.Exists(exe))
        {
            Path = exe;
            return;
        }
        _publishDirectory = Directory.CreateTempSubdirectory("dossier-publish-").FullName;
        var publish = Run("dotnet", ["publish", System.IO.Path.Combine(RepositoryRoot, "server", "DossierLsp.Cli"), "-c", "Release", "-o", _publishDirectory, "--nologo"], RepositoryRoot);
        Assert.True(publish.ExitCode == 0, $"dotnet publish failed:\n{publish.Stdout}\n{publish.Stderr}");
        Path = System.IO.Path.Combine(_publishDirectory, OperatingSystem.IsWindows() ? "dossier.exe" : "dossier");
    }

    public string Path { get; }

    public static string RepositoryRoot
    {
        get
        {
            string? directory = AppContext.BaseDirectory;
            while (directory is not null && !File.Exists(System.IO.Path.Combine(directory, "DossierLsp.sln")))
            {
                directory = System.IO.Path.GetDirectoryName(directory);
            }
            return directory ?? throw new InvalidOperationException("cannot find the repository root above the test assembly");
        }
    }

    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>Runs `dossier ARGS` in <paramref name="workingDirectory"/> with no user profile in reach.</summary>
    public Result Dossier(string workingDirectory, params string[] args) => Run(Path, args, workingDirectory);

    /// <summary>Runs `dossier ARGS` with these environment variables set.</summary>
    public Result Dossier(string workingDirectory, IDictionary<string, string> environment, params string[] args) => Run(Path, args, workingDirectory, environment);

    /// <summary>Runs a program with no user profile in reach; it is killed after <paramref name="minutes"/> minutes.</summary>
    public static Result Run(string file, IEnumerable<string> args, string workingDirectory, IDictionary<string, string>? environment = null, int minutes = 3)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // Keep the developer's own profile out of the tests.
        start.Environment["XDG_CONFIG_HOME"] = System.IO.Path.Combine(workingDirectory, ".no-user-config");
        start.Environment.Remove("DOSSIER_PROFILE");
        // The run's own CI, colour and GitHub settings must not change what the tests see; tests that need them set them.
        foreach (string name in new[] { "CI", "NO_COLOR", "FORCE_COLOR", "GITHUB_STEP_SUMMARY", "GITHUB_ACTIONS" })
        {
            start.Environment.Remove(name);
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        using Process process = Process.Start(start)!;
        process.StandardInput.Close();
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(minutes)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in {minutes} minutes");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    public void Dispose()
    {
        if (_publishDirectory is not null)
        {
            Directory.Delete(_publishDirectory, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PublishedDossierCollection : ICollectionFixture<PublishedDossier>
{
    public const string Name = "published dossier";
}
