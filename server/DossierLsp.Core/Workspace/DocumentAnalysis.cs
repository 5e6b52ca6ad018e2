using DossierLsp.Core.Analysis;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Workspace;

/// <summary>The result of analysing one version of one document. Immutable.</summary>
public sealed class DocumentAnalysis
{
    public required SourceText Text { get; init; }
    /// <summary>False for Markdown that is not a dossier: it gets no findings and no dossier features.</summary>
    public bool IsDossier => Bound is not null;
    /// <summary>Why the document is (or is not) a dossier, e.g. "title matches schema 'job-dossier'".</summary>
    public required string AssociationReason { get; init; }
    /// <summary>The document read against its schema; null when it is not a dossier.</summary>
    public BoundDocument? Bound { get; init; }
    /// <summary>Sorted by position, then rule id.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }
    /// <summary>The day the analysis took as today (for dates in fixes and hints).</summary>
    public required DateOnly Today { get; init; }
}
