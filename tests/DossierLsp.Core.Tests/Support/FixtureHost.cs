using DossierLsp.Core.Config;

namespace DossierLsp.Core.Tests.Support;

/// <summary>
/// Serves files from under one root folder and nothing else: no user profile, no environment, so a test sees only
/// what its fixture folder holds.
/// </summary>
internal sealed class FixtureHost(string root) : IConfigHost
{
    public string? ReadAllText(string path) =>
        Path.GetFullPath(path).StartsWith(Path.GetFullPath(root), StringComparison.Ordinal) && File.Exists(path) ? File.ReadAllText(path) : null;

    public string? GetEnvironmentVariable(string name) => null;

    public string? HomeDirectory => null;
}

/// <summary>An in-memory file system for config and schema tests.</summary>
internal sealed class MemoryHost(Dictionary<string, string> files, Dictionary<string, string>? environment = null, string? home = null) : IConfigHost
{
    public Dictionary<string, string> Files { get; } = files;

    public string? ReadAllText(string path) => Files.GetValueOrDefault(path);

    public string? GetEnvironmentVariable(string name) => environment?.GetValueOrDefault(name);

    public string? HomeDirectory => home;
}
