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
            // Not awaited: a client that is slow to answer, or refuses, must not hold up the settings.
            _ = RegisterConfigWatcherAsync();
        }
        await server.RefreshSettingsAsync(null);
    }

    private async Task RegisterConfigWatcherAsync()
    {
        var watchers = new DidChangeWatchedFilesRegistrationOptions([new Protocol.FileSystemWatcher("**/dossier.config.yaml"), new Protocol.FileSystemWatcher("**/*.yaml")]);
        try
        {
            await server.Client.RequestAsync<RegistrationParams, object?>("client/registerCapability",
                new RegistrationParams([new Registration("dossier-watch-config", "workspace/didChangeWatchedFiles", watchers)]));
        }
        catch (RemoteInvocationException e)
        {
            await server.LogErrorAsync($"the client refused to watch config files ({e.Message}); changes to them are seen after a restart");
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
