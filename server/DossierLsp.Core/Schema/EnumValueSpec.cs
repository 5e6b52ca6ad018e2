namespace DossierLsp.Core.Schema;

public sealed class EnumValueSpec
{
    public required string Value { get; init; }
    /// <summary>Other ways people write the value ("Phone screen" for SCREENING), compared like the value.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? Description { get; init; }
    /// <summary>An outcome that can follow any stage (REJECTED, WITHDRAWN), not a stage that follows the one before it.</summary>
    public bool AnyStage { get; init; }
}
