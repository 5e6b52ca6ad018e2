using DossierLsp.Server.Protocol;
using StreamJsonRpc;

namespace DossierLsp.Server.Handlers;

internal sealed partial class LspTarget
{
    public const string SetStatusCommand = "dossier.setStatus";
    public const string AddFollowUpCommand = "dossier.addFollowUp";
    public static readonly string[] Commands = [SetStatusCommand, AddFollowUpCommand];

    [JsonRpcMethod("initialize")]
    public InitializeResult Initialize(InitializeParams request)
    {
        if (server.Lifecycle.Initialized)
        {
            throw new LocalRpcException("initialize was already sent") { ErrorCode = Lifecycle.InvalidRequest };
        }
        server.Capabilities = request.Capabilities;
        server.RootUri = request.RootUri;
        server.FolderPaths = FolderPathsOf(request.WorkspaceFolders ?? (request.RootUri is { } root ? [new WorkspaceFolder(root, "")] : []));
        server.Encoding = PositionEncoding.Negotiate(request.Capabilities?.General?.PositionEncodings);
        server.InitializationSettings = request.InitializationOptions?.Clone();
        server.Settings = ServerSettings.Read(server.InitializationSettings);
        server.Workspace.SetOverlay(server.Settings.Overlay);
        server.Lifecycle.Initialized = true;
        // Every capability is declared here, statically: Neovim 0.7 ignores capabilities registered only dynamically.
        return new InitializeResult(
            new ServerCapabilities(
                server.Encoding.Name,
                new TextDocumentSyncOptions(OpenClose: true, Change: TextDocumentSyncKind.Incremental),
                new CompletionOptions([":", "#", " "], ResolveProvider: false),
                HoverProvider: true,
                new CodeActionOptions([CodeActionKind.QuickFix, CodeActionKind.Source]),
                DocumentSymbolProvider: true,
                FoldingRangeProvider: true,
                InlayHintProvider: true,
                new ExecuteCommandOptions(Commands),
                server.PullDiagnostics ? new DiagnosticOptions(InterFileDependencies: true, WorkspaceDiagnostics: true) : null,
                WorkspaceSymbolProvider: true,
                new CodeLensOptions(ResolveProvider: false),
                new WorkspaceServerCapabilities(new WorkspaceFoldersServerCapabilities(Supported: true, ChangeNotifications: true))),
            new ServerInfo("dossier-lsp", LanguageServer.Version));
    }

    [JsonRpcMethod("initialized")]
    public async Task Initialized(object? _)
    {
        if (!server.Lifecycle.Accepts)
        {
            return;
        }
        if (server.Capabilities?.Workspace?.DidChangeWatchedFiles?.DynamicRegistration == true)
        {
            // Not awaited: a client that is slow to answer, or refuses, must not hold up the settings.
            _ = RegisterWatchersAsync();
        }
        await server.RefreshSettingsAsync(null);
    }

    private async Task RegisterWatchersAsync()
    {
        try
        {
            await server.Client.RequestAsync<RegistrationParams, object?>("client/registerCapability",
                new RegistrationParams([new Registration(Indexing.WatchedFiles.RegistrationId, "workspace/didChangeWatchedFiles", Indexing.WatchedFiles.RegistrationOptions)]));
        }
        catch (RemoteInvocationException e)
        {
            await server.LogErrorAsync($"the client refused to watch files ({e.Message}); changes on disk to dossiers, configs and schemas are seen after a restart");
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException)
        {
        }
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        server.Lifecycle.EnsureServing();
        server.Lifecycle.ShutdownRequested = true;
        return null;
    }

    [JsonRpcMethod("$/cancelRequest")]
    public void CancelRequest(CancelParams request) => server.Cancellation.Cancel(request.Id);

    [JsonRpcMethod(Transport.MessageSanitizer.EndOfInputMethod)]
    public void EndOfInput() => server.Lifecycle.EndOfInput();

    [JsonRpcMethod("exit")]
    public void Exit() => server.Lifecycle.Exit();
}
