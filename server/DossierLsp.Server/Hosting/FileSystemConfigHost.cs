using DossierLsp.Core.Config;

namespace DossierLsp.Server.Hosting;

/// <summary>The real file system and environment, for the CLI and the language server. Tests use an in-memory host instead.</summary>
public sealed class FileSystemConfigHost : IConfigHost
{
    public static readonly FileSystemConfigHost Instance = new();

    public string? ReadAllText(string path) => File.Exists(path) ? File.ReadAllText(path) : null;

    public string? GetEnvironmentVariable(string name) => Environment.GetEnvironmentVariable(name);

    public string? HomeDirectory => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? home : null;
}
