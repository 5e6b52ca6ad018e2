using System.Collections.Immutable;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Workspace;

namespace DossierLsp.Core.Pipeline;

/// <summary>
/// The dossiers of a workspace, one <see cref="DossierSummary"/> per path: an immutable snapshot, so any number of
/// readers may use it while a writer builds the next one with <see cref="With"/> and <see cref="Without"/> and
/// publishes it (e.g. by swapping a reference with <see cref="Interlocked.Exchange{T}(ref T, T)"/>).
/// </summary>
/// <remarks>
/// Stable API for the server's workspace index and the CLI: <see cref="Empty"/>, <see cref="Summarize"/>,
/// <see cref="With"/>, <see cref="Without"/>, <see cref="Update"/>, <see cref="Find"/>, <see cref="Dossiers"/>, <see cref="Count"/>.
/// Paths are compared ordinally (the host decides how it spells them).
/// </remarks>
public sealed class DossierIndex
{
    public static readonly DossierIndex Empty = new(ImmutableSortedDictionary.Create<string, DossierSummary>(StringComparer.Ordinal));

    private readonly ImmutableSortedDictionary<string, DossierSummary> _byPath;

    private DossierIndex(ImmutableSortedDictionary<string, DossierSummary> byPath) => _byPath = byPath;

    /// <summary>Every dossier, ordered by path.</summary>
    public IEnumerable<DossierSummary> Dossiers => _byPath.Values;

    public int Count => _byPath.Count;

    public DossierSummary? Find(string path) => _byPath.GetValueOrDefault(path);

    /// <summary>This index with <paramref name="summary"/> added, or replacing the summary of the same path.</summary>
    public DossierIndex With(DossierSummary summary) => new(_byPath.SetItem(summary.Path, summary));

    /// <summary>This index with many summaries added or replaced at once (an initial scan).</summary>
    public DossierIndex With(IEnumerable<DossierSummary> summaries) =>
        new(_byPath.SetItems(summaries.Select(s => KeyValuePair.Create(s.Path, s))));

    /// <summary>This index without the dossier at <paramref name="path"/> (deleted, or no longer a dossier).</summary>
    public DossierIndex Without(string path) => _byPath.ContainsKey(path) ? new(_byPath.Remove(path)) : this;

    /// <summary>
    /// The summary of an analysed document, or null when it is not a dossier (then remove its path from the index).
    /// <paramref name="lastModified"/> is the file's modification date as the host knows it; the core never reads it itself.
    /// </summary>
    public static DossierSummary? Summarize(string path, DocumentAnalysis analysis, DateOnly? lastModified) =>
        analysis.Bound is { } bound ? DossierSummaryReader.Read(path, bound, analysis.Findings, lastModified) : null;

    /// <summary>This index updated with one analysed document: replaced when it is a dossier, removed when it is not.</summary>
    public DossierIndex Update(string path, DocumentAnalysis analysis, DateOnly? lastModified) =>
        Summarize(path, analysis, lastModified) is { } summary ? With(summary) : Without(path);
}
