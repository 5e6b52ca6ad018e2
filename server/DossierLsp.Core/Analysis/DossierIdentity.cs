using DossierLsp.Core.Config;

namespace DossierLsp.Core.Analysis;

/// <summary>
/// What the cross-dossier rules compare of one dossier: its names, where their findings point, which of them it
/// silences and the config whose levels apply. Small, so that lint can keep one per file until every file is read.
/// Part of every <see cref="DossierSummary"/>; built by <c>Pipeline.DossierSummaryReader</c>.
/// </summary>
public sealed record DossierIdentity
{
    /// <summary>The dossier's absolute path.</summary>
    public required string Path { get; init; }
    public string? Company { get; init; }
    public string? Position { get; init; }
    public string? JobId { get; init; }
    /// <summary>The title, for findings about the whole dossier.</summary>
    public SummaryLocation? TitleLocation { get; init; }
    /// <summary>The Job ID field's value.</summary>
    public SummaryLocation? JobIdLocation { get; init; }
    /// <summary>Cross-dossier rules silenced by a suppression comment where their finding would be.</summary>
    public IReadOnlyList<string> SuppressedCrossRules { get; init; } = [];
    /// <summary>The config in force for the dossier (rule levels and profile); shared, not copied, between dossiers.</summary>
    public required DossierConfig Config { get; init; }
}
