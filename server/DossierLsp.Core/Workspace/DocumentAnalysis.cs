using DossierLsp.Core.Analysis;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Workspace;

/// <summary>The result of analysing one version of one document. Immutable.</summary>
public sealed class DocumentAnalysis
{
    public required SourceText Text { get; init; }
    /// <summary>False for Markdown that is not a dossier: it gets no findings and no dossier features.</summary>
    public required bool IsDossier { get; init; }
    /// <summary>Why the document is (or is not) a dossier, e.g. "title matches job-dossier".</summary>
    public required string AssociationReason { get; init; }
    /// <summary>Sorted by position, then rule id.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }
}
