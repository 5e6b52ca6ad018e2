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
        if (server.Options.BeforeRequest is { } hook)
        {
            await hook(method, cancellationToken);
        }
        cancellationToken.ThrowIfCancellationRequested();
        DocumentSnapshot? snapshot = server.Documents.Get(uri);
        return snapshot?.Analysis.IsDossier == true ? snapshot : null;
    }

    /// <summary>A client may send something that is not JSON-RPC; the transport turns it into a call of this method.</summary>
    [JsonRpcMethod(Transport.MessageSanitizer.MalformedMethod)]
    public async Task Malformed(MalformedMessageParams request)
    {
        await server.LogAsync(TraceLevel.Messages, $"dropped a malformed message: {request.Reason}");
        throw new LocalRpcException($"malformed message: {request.Reason}") { ErrorCode = Lifecycle.ParseError };
    }
}
