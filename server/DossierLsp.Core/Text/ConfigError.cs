namespace DossierLsp.Core.Text;

/// <summary>
/// A problem in a config, profile or schema file, at a 1-based line and column. It lives in <c>Text</c> because the YAML
/// reader and the schema loader, which come before <c>Config</c>, report it too.
/// </summary>
public sealed record ConfigError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
