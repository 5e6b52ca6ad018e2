using DossierLsp.Server.Protocol;

namespace DossierLsp.Server.Indexing;

/// <summary>
/// The reports of <c>workspace/diagnostic</c>: open dossiers from their current snapshot, the others from the index
/// (each with its cross-dossier findings),
/// each "unchanged" when the client's previous result id is still current, and an empty report for a file the client
/// knows that is no longer a dossier (deleted, excluded, opted out).
/// </summary>
internal static class WorkspaceDiagnostics
{
    public static IEnumerable<WorkspaceDocumentDiagnosticReport> Reports(
        LanguageServer server, IReadOnlyList<DocumentSnapshot> open, IReadOnlyDictionary<string, string> previous, CancellationToken cancellationToken)
    {
        // Once for the whole answer: the cross-dossier findings as of this request.
        ILookup<string, Core.Analysis.WorkspaceFinding> crossDossier = server.CrossDossier.Findings();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var openPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (DocumentSnapshot snapshot in open)
        {
            cancellationToken.ThrowIfCancellationRequested();
            openPaths.Add(LanguageServer.PathOf(snapshot.Uri));
            if (snapshot.Analysis.IsDossier && reported.Add(snapshot.Uri))
            {
                Diagnostic[] diagnostics = server.DiagnosticsOf(snapshot, crossDossier);
                yield return Report(snapshot.Uri, snapshot.Version, diagnostics, server.Indexer.ResultIds.For(snapshot.Uri, diagnostics), previous);
            }
        }
        foreach (IndexEntry entry in server.Indexer.Index.All())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!openPaths.Contains(entry.Path) && reported.Add(entry.Uri))
            {
                Diagnostic[] diagnostics = server.CrossDossier.Add(entry.Path, entry.Diagnostics, null, crossDossier);
                string resultId = ReferenceEquals(diagnostics, entry.Diagnostics) ? entry.ResultId : server.Indexer.ResultIds.For(entry.Uri, diagnostics);
                yield return Report(entry.Uri, null, diagnostics, resultId, previous);
            }
        }
        foreach (string uri in previous.Keys.Where(uri => !reported.Contains(uri)))
        {
            yield return Report(uri, null, [], server.Indexer.ResultIds.For(uri, []), previous);
        }
    }

    private static WorkspaceDocumentDiagnosticReport Report(string uri, int? version, Diagnostic[] diagnostics, string resultId, IReadOnlyDictionary<string, string> previous) =>
        previous.TryGetValue(uri, out string? last) && last == resultId
            ? new WorkspaceDocumentDiagnosticReport("unchanged", uri, version, resultId, null)
            : new WorkspaceDocumentDiagnosticReport("full", uri, version, resultId, diagnostics);
}
