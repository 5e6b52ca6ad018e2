using DossierLsp.Core.Language.ConfigFile;
using DossierLsp.Core.Workspace;
using DossierLsp.Server.Protocol;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace DossierLsp.Server.Handlers;

/// <summary>
/// The LSP methods. Each handler is a few lines: check the lifecycle, take a snapshot, convert positions,
/// call the core, convert the result. Split by area over the files of this folder.
/// </summary>
internal sealed partial class LspTarget(LanguageServer server)
{
    /// <summary>
    /// The snapshot a request works on, or null when the document is not open, or is not a dossier (nor, with
    /// <paramref name="orConfigFile"/>, a dossier.config.yaml or profile file: see <see cref="ConfigKindOf"/>).
    /// </summary>
    /// <remarks>
    /// The snapshot is taken while the handler still runs on the dispatch context, so it holds every edit that arrived
    /// before this request and none after. The rest runs on the thread pool: an analysis must not hold up the
    /// messages behind it (a didChange, or the <c>$/cancelRequest</c> for this very request).
    /// </remarks>
    private async Task<DocumentSnapshot?> DossierSnapshotAsync(string method, string uri, CancellationToken cancellationToken, bool orConfigFile = false)
    {
        server.Lifecycle.EnsureServing();
        DocumentSnapshot? snapshot = server.Documents.Get(uri);
        await TaskScheduler.Default.SwitchTo(alwaysYield: true);
        if (server.Options.BeforeRequest is { } hook)
        {
            await hook(method, cancellationToken);
        }
        cancellationToken.ThrowIfCancellationRequested();
        bool serves = snapshot is not null && (orConfigFile && ConfigKindOf(snapshot) is not null || snapshot.Analysis.IsDossier);
        cancellationToken.ThrowIfCancellationRequested();
        return serves ? snapshot : null;
    }

    /// <summary>A workspace config or profile file, which gets the core's config-file features instead of the dossier ones.</summary>
    private ConfigFileKind? ConfigKindOf(DocumentSnapshot snapshot) => ConfigFileService.KindOf(LanguageServer.PathOf(snapshot.Uri), server.Options.Host);

    /// <summary>
    /// A result computed on <paramref name="snapshot"/>, or ContentModified when the document's text changed meanwhile:
    /// positions in a stale result would point at the wrong text. A configuration refresh replaces the snapshot with
    /// one of the same version and text, which leaves the result's positions right.
    /// </summary>
    private T UnlessModified<T>(DocumentSnapshot snapshot, T result) =>
        server.Documents.Get(snapshot.Uri) is { } current && current.HasSameTextAs(snapshot)
            ? result
            : throw new LocalRpcException("the document changed while the request was computed") { ErrorCode = Lifecycle.ContentModified };

    /// <summary>The transport repaired a frame (bad text, a wrong Content-Length) and passed it on.</summary>
    [JsonRpcMethod(Transport.MessageSanitizer.NoteMethod)]
    public Task TransportNote(MalformedMessageParams note) =>
        server.Client.NotifyAsync("window/logMessage", new LogMessageParams(MessageType.Warning, $"dossier: {note.Reason}"));

    /// <summary>
    /// A client may send something that is not JSON-RPC; the transport turns it into a call of this method, which logs
    /// it and answers it with the error JSON-RPC gives (id null when the message's id could not be read).
    /// </summary>
    [JsonRpcMethod(Transport.MessageSanitizer.MalformedMethod)]
    public async Task Malformed(MalformedMessageParams request)
    {
        // Logged whatever the trace level: a client sending broken messages is worth knowing about.
        await server.Client.NotifyAsync("window/logMessage", new LogMessageParams(MessageType.Warning, $"dossier: dropped a malformed message: {request.Reason}"));
        await server.Client.AnswerWithErrorAsync(request.Id, request.Code, $"malformed message: {request.Reason}");
    }
}
