using DossierLsp.Core.Workspace;
using DossierLsp.Server.Protocol;
using StreamJsonRpc;

namespace DossierLsp.Server.Handlers;

/// <summary>
/// The LSP methods. Each handler is a few lines: check the lifecycle, take a snapshot, convert positions,
/// call the core, convert the result. Split by area over the files of this folder.
/// </summary>
internal sealed partial class LspTarget(LanguageServer server)
{
    /// <summary>The snapshot a request works on, or null when the document is not open or not a dossier.</summary>
    private async Task<DocumentSnapshot?> DossierAsync(string method, string uri, CancellationToken cancellationToken)
    {
        server.Lifecycle.EnsureServing();
        DocumentSnapshot? snapshot = server.Documents.Get(uri);
        if (server.Options.BeforeRequest is { } hook)
        {
            await hook(method, cancellationToken);
        }
        cancellationToken.ThrowIfCancellationRequested();
        return snapshot?.Analysis.IsDossier == true ? snapshot : null;
    }

    /// <summary>
    /// A result computed on <paramref name="snapshot"/>, or ContentModified when the document changed meanwhile:
    /// positions in a stale result would point at the wrong text.
    /// </summary>
    private T Current<T>(DocumentSnapshot snapshot, T result) =>
        ReferenceEquals(server.Documents.Get(snapshot.Uri), snapshot)
            ? result
            : throw new LocalRpcException("the document changed while the request was computed") { ErrorCode = Lifecycle.ContentModified };

    /// <summary>A client may send something that is not JSON-RPC; the transport turns it into a call of this method.</summary>
    [JsonRpcMethod(Transport.MessageSanitizer.MalformedMethod)]
    public async Task Malformed(MalformedMessageParams request)
    {
        // Logged whatever the trace level: a client sending broken messages is worth knowing about.
        await server.Client.NotifyAsync("window/logMessage", new LogMessageParams(2, $"dossier: dropped a malformed message: {request.Reason}"));
        throw new LocalRpcException($"malformed message: {request.Reason}") { ErrorCode = Lifecycle.ParseError };
    }
}
