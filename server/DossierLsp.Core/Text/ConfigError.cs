namespace DossierLsp.Core.Text;

/// <summary>
/// A problem in a config, profile or schema file, at a 1-based line and column. It lives in <c>Text</c> because the YAML
/// reader and the schema loader, which come before <c>Config</c>, report it too.
/// </summary>
public sealed record ConfigError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";

    /// <summary>The file could not be read; at the position the host gave, if any.</summary>
    public static ConfigError Unreadable(string file, Exception e) => e is UnreadableFileException at
        ? new ConfigError(file, at.Line, at.Column, $"cannot read: {at.Message}")
        : new ConfigError(file, 1, 1, $"cannot read: {e.Message}");
}
