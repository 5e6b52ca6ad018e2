using DossierLsp.Server.Protocol;
using StreamJsonRpc;

namespace DossierLsp.Server.Handlers;

internal sealed partial class LspTarget
{
    public static readonly string[] Commands = ["dossier.setStatus"];

    [JsonRpcMethod("initialize")]
    public InitializeResult Initialize(InitializeParams request)
    {
        if (server.Lifecycle.Initialized)
        {
            throw new LocalRpcException("initialize was already sent") { ErrorCode = Lifecycle.InvalidRequest };
        }
        server.Capabilities = request.Capabilities;
        server.RootUri = request.RootUri;
        server.Encoding = PositionEncoding.Negotiate(request.Capabilities?.General?.PositionEncodings);
        server.Settings = ServerSettings.Read(request.InitializationOptions);
        server.Workspace.SetOverlay(server.Settings.Overlay);
        server.Lifecycle.Initialized = true;
        // Every capability is declared here, statically: Neovim 0.7 ignores capabilities registered only dynamically.
        return new InitializeResult(
            new ServerCapabilities(
                server.Encoding.Name,
                new TextDocumentSyncOptions(OpenClose: true, Change: 2),
                new CompletionOptions([":", "#", " "], ResolveProvider: false),
                HoverProvider: true,
                new CodeActionOptions(["quickfix", "source"]),
                DocumentSymbolProvider: true,
                FoldingRangeProvider: true,
                InlayHintProvider: true,
                new ExecuteCommandOptions(Commands),
                server.PullDiagnostics ? new DiagnosticOptions(InterFileDependencies: false, WorkspaceDiagnostics: false) : null),
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
            var watchers = new DidChangeWatchedFilesRegistrationOptions([new Protocol.FileSystemWatcher("**/dossier.config.yaml"), new Protocol.FileSystemWatcher("**/*.yaml")]);
            await server.Client.RequestAsync<RegistrationParams, object?>("client/registerCapability",
                new RegistrationParams([new Registration("dossier-watch-config", "workspace/didChangeWatchedFiles", watchers)]));
        }
        await server.RefreshSettingsAsync(null);
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

    [JsonRpcMethod("exit")]
    public void Exit() => server.Lifecycle.Exit();
}
