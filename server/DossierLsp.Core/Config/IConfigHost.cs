namespace DossierLsp.Core.Config;

/// <summary>Reads files for the core, which never touches the file system itself. The CLI and server use the real one; tests use memory.</summary>
public interface IConfigHost
{
    /// <summary>The file's text, or null when it does not exist. May throw <see cref="IOException"/>, <see cref="Text.UnreadableFileException"/> with a position.</summary>
    string? ReadAllText(string path);

    /// <summary>The path with symbolic links and <c>..</c> resolved (null when it does not exist), to check where a file really is.</summary>
    string? ResolvePath(string path) => Path.GetFullPath(path);

    string? GetEnvironmentVariable(string name);

    string? HomeDirectory { get; }
}
