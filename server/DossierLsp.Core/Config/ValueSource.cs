namespace DossierLsp.Core.Config;

/// <summary>Where a configured value came from, for messages and <c>--explain</c>.</summary>
public sealed record ValueSource(string Description, string? File = null, int Line = 0, int Column = 0)
{
    public static readonly ValueSource Default = new("default");

    public override string ToString() => File is null ? Description : $"{File}:{Line}:{Column}";
}
