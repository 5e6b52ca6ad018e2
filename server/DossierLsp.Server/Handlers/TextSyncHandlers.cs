using DossierLsp.Core.Workspace;
using DossierLsp.Server.Protocol;
using StreamJsonRpc;

namespace DossierLsp.Server.Handlers;

// These handlers are synchronous on purpose: with the server's non-concurrent synchronization context,
// each one finishes before the next message's handler starts, so edits apply in arrival order.
internal sealed partial class LspTarget
{
    [JsonRpcMethod("textDocument/didOpen")]
    public void DidOpen(DidOpenTextDocumentParams request)
    {
        if (server.Lifecycle.Accepts)
        {
            server.Documents.Open(request.TextDocument.Uri, request.TextDocument.Version, request.TextDocument.Text);
            server.Publisher.Schedule(request.TextDocument.Uri);
            server.Publisher.ScheduleConfigurationCheck();
        }
    }

    [JsonRpcMethod("textDocument/didChange")]
    public void DidChange(DidChangeTextDocumentParams request)
    {
        if (server.Lifecycle.Accepts
            && server.Documents.Change(request.TextDocument.Uri, request.TextDocument.Version, request.ContentChanges, server.Encoding) is not null)
        {
            server.Publisher.Schedule(request.TextDocument.Uri);
            ScheduleConfigurationCheckFor(request.TextDocument.Uri);
        }
    }

    [JsonRpcMethod("textDocument/didClose")]
    public void DidClose(DidCloseTextDocumentParams request)
    {
        if (server.Lifecycle.Accepts)
        {
            server.Documents.Close(request.TextDocument.Uri);
            server.Publisher.Schedule(request.TextDocument.Uri);
            // Unsaved changes are gone with the editor: the index reads the file as it is on disk.
            server.Indexer.Reread(LanguageServer.PathOf(request.TextDocument.Uri));
            ScheduleConfigurationCheckFor(request.TextDocument.Uri);
        }
    }

    /// <summary>A config, profile or schema file's errors follow its text in the editor, and its text on disk once closed.</summary>
    private void ScheduleConfigurationCheckFor(string uri)
    {
        if (DossierWorkspace.IsConfigurationFile(uri))
        {
            server.Publisher.ScheduleConfigurationCheck();
        }
    }

    [JsonRpcMethod("textDocument/diagnostic")]
    public async Task<DocumentDiagnosticReport> Diagnostic(DocumentDiagnosticParams request, CancellationToken cancellationToken)
    {
        string uri = request.TextDocument.Uri;
        DocumentSnapshot? snapshot = await DossierSnapshotAsync("textDocument/diagnostic", uri, cancellationToken);
        Diagnostic[] items = snapshot is null ? [] : server.DiagnosticsOf(snapshot, server.CrossDossier.Latest());
        // The same ids as workspace/diagnostic's, so either pull can answer "unchanged" to the other's id.
        string resultId = server.Indexer.ResultIds.For(uri, items);
        return request.PreviousResultId == resultId
            ? new DocumentDiagnosticReport("unchanged", resultId, null)
            : new DocumentDiagnosticReport("full", resultId, items);
    }
}
