namespace DossierLsp.Core.Yaml;

/// <summary>A position in YAML text: <see cref="Offset"/> is a char index; line and column are 1-based.</summary>
internal readonly record struct YamlMark(int Offset, int Line, int Column);

internal abstract class YamlNode
{
    public YamlMark Start { get; init; }
    public YamlMark End { get; init; }
}

internal sealed class YamlScalar : YamlNode
{
    public required string Value { get; init; }
    /// <summary>Written without quotes: only then do <c>~</c>, <c>null</c> and nothing mean null.</summary>
    public bool IsPlain { get; init; }
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}

internal sealed class YamlSequence : YamlNode
{
    public required IReadOnlyList<YamlNode> Items { get; init; }
}

internal sealed class YamlMapping : YamlNode
{
    public required IReadOnlyList<(YamlScalar Key, YamlNode Value)> Entries { get; init; }

    public YamlNode? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key).Value;
}

internal sealed record YamlError(string Message, int Line, int Column);

internal sealed record YamlLimits(int MaxChars = 1_000_000, int MaxDepth = 64, int MaxAliases = 200, int MaxNodes = 200_000)
{
    public static readonly YamlLimits Default = new();
}

internal sealed record YamlReadResult(YamlNode? Root, IReadOnlyList<YamlError> Errors);
