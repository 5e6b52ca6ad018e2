namespace DossierLsp.Core.Config;

/// <summary>A problem in a config, profile or schema file, at a 1-based line and column.</summary>
public sealed record ConfigError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";

    /// <summary>The file could not be read; at the position the host gave, if any.</summary>
    public static ConfigError Unreadable(string file, Exception e) => e is UnreadableFileException at
        ? new ConfigError(file, at.Line, at.Column, $"cannot read: {at.Message}")
        : new ConfigError(file, 1, 1, $"cannot read: {e.Message}");
}

/// <summary>Reads files for the core, which never touches the file system itself. The CLI and server use the real one; tests use memory.</summary>
public interface IConfigHost
{
    /// <summary>The file's text, or null when it does not exist. May throw <see cref="IOException"/>, <see cref="UnreadableFileException"/> with a position.</summary>
    string? ReadAllText(string path);

    /// <summary>The path with symbolic links and <c>..</c> resolved (null when it does not exist), to check where a file really is.</summary>
    string? ResolvePath(string path) => Path.GetFullPath(path);

    string? GetEnvironmentVariable(string name);

    string? HomeDirectory { get; }
}
