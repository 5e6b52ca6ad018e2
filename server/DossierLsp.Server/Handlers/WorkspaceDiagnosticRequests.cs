using DossierLsp.Server.Indexing;
using DossierLsp.Server.Protocol;
using Microsoft.VisualStudio.Threading;

namespace DossierLsp.Server.Handlers;

/// <summary>Requests answered from the workspace index: workspace diagnostics.</summary>
internal sealed partial class LspTarget
{
    /// <summary>Reports are streamed in batches of this many when the client gives a partial result token.</summary>
    private const int PartialResultBatch = 500;

    [StreamJsonRpc.JsonRpcMethod("workspace/diagnostic")]
    public async Task<WorkspaceDiagnosticReport> WorkspaceDiagnostic(WorkspaceDiagnosticParams request, CancellationToken cancellationToken)
    {
        server.Lifecycle.EnsureServing();
        IReadOnlyList<DocumentSnapshot> open = server.Documents.All();
        await TaskScheduler.Default.SwitchTo(alwaysYield: true);
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (PreviousResultId id in request.PreviousResultIds ?? [])
        {
            previous[id.Uri] = id.Value;
        }
        IEnumerable<WorkspaceDocumentDiagnosticReport> reports = WorkspaceDiagnostics.Reports(server, open, previous, cancellationToken);
        if (request.PartialResultToken is not { } token)
        {
            return new WorkspaceDiagnosticReport(reports.ToArray());
        }
        // Streamed: the client shows the first files' problems before the last are converted, and the final answer is empty.
        foreach (WorkspaceDocumentDiagnosticReport[] batch in reports.Chunk(PartialResultBatch))
        {
            await server.Client.NotifyAsync("$/progress", new ProgressParams<WorkspaceDiagnosticReport>(token, new WorkspaceDiagnosticReport(batch)));
        }
        return new WorkspaceDiagnosticReport([]);
    }
}
