using System.Diagnostics.CodeAnalysis;
using System.IO.Pipelines;
using System.Reflection;
using System.Text.Json;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;
using DossierLsp.Server.Handlers;
using DossierLsp.Server.Indexing;
using DossierLsp.Server.Protocol;
using DossierLsp.Server.Transport;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace DossierLsp.Server;

/// <summary>
/// The language server: LSP over a pair of streams. All dossier knowledge is the core's; this class owns the
/// connection, the lifecycle, the open documents and when diagnostics are published.
/// </summary>
public sealed class LanguageServer
{
    public static string Version =>
        typeof(LanguageServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private LanguageServer(ServerOptions options)
    {
        Options = options;
        Workspace = new DossierWorkspace(options.Host, options.Today);
        Documents = new DocumentStore(Analyze);
        Indexer = new WorkspaceIndexer(this);
        CrossDossier = new CrossDossierDiagnostics(this);
    }

    /// <summary>Analyses a text as the document at <paramref name="uri"/> (an open version, or a version after fixes).</summary>
    internal DocumentAnalysis Analyze(string uri, SourceText text)
    {
        Options.Analyzing?.Invoke(uri, text);
        return Workspace.Analyze(PathOf(uri), text);
    }

    internal ServerOptions Options { get; }
    internal DossierWorkspace Workspace { get; }
    internal DocumentStore Documents { get; }
    internal ClientChannel Client { get; private set; } = null!;
    internal Lifecycle Lifecycle { get; } = new();
    /// <summary>What the client can take (encoding, snippets, markup, …), read from its capabilities at initialize.</summary>
    internal ClientFeatures Features { get; set; } = ClientFeatures.Default;
    internal PositionEncoding Encoding => Features.Encoding;
    internal ClientCapabilities? Capabilities { get; set; }
    internal string? RootUri { get; set; }
    internal ServerSettings Settings { get; set; } = ServerSettings.Default;
    /// <summary>The <c>initializationOptions</c> of <c>initialize</c>: settings in the same shape as section <c>dossier</c>.</summary>
    internal JsonElement? InitializationSettings { get; set; }
    internal DiagnosticPublisher Publisher { get; private set; } = null!;
    internal LspCancellation Cancellation { get; } = new();
    internal ForegroundActivity Activity { get; } = new(TimeProvider.System);
    internal WorkspaceIndexer Indexer { get; }
    internal CrossDossierDiagnostics CrossDossier { get; }
    /// <summary>The workspace folders' paths (from <c>initialize</c>, then <c>workspace/didChangeWorkspaceFolders</c>).</summary>
    internal IReadOnlyList<string> FolderPaths { get; set; } = [];

    /// <summary>A document's findings and its cross-dossier findings (from <see cref="CrossDossierDiagnostics"/>), as LSP diagnostics.</summary>
    internal Diagnostic[] DiagnosticsOf(DocumentSnapshot snapshot, ILookup<string, Core.Analysis.WorkspaceFinding> crossDossier) =>
        CrossDossier.Add(PathOf(snapshot.Uri), snapshot.Analysis.Findings.Select(f => f.ToDiagnostic(snapshot.Text, Features)).ToArray(), snapshot.Text, crossDossier);

    /// <summary>Push-only clients get diagnostics of unopened dossiers too when the user asks for scope "workspace".</summary>
    internal bool PushesWorkspaceDiagnostics => !PullDiagnostics && Settings.DiagnosticsScope == DiagnosticsScope.Workspace;

    /// <summary>Diagnostics are pulled when the client declares it can (then never pushed), else pushed.</summary>
    internal bool PullDiagnostics => Capabilities?.TextDocument?.Diagnostic is { ValueKind: JsonValueKind.Object };

    /// <summary>Serves one client until it sends <c>exit</c> or closes the stream. Returns the process exit code: 0 after shutdown, else 1.</summary>
    public static async Task<int> RunAsync(Stream input, Stream output, ServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        var server = new LanguageServer(options ?? new ServerOptions());
        var inbound = new Pipe();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var outbound = new OutboundRequests();
        Task pump = MessageSanitizer.PumpAsync(input, inbound.Writer, outbound, stop.Token);

        var handler = new HeaderDelimitedMessageHandler(PipeWriter.Create(output, new StreamPipeWriterOptions(leaveOpen: true)), inbound.Reader, CreateFormatter());
        using var rpc = new LspJsonRpc(handler, outbound, server.Activity)
        {
            // LSP needs didOpen/didChange/didClose applied in arrival order: handlers start one at a time, in order.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
            CancellationStrategy = server.Cancellation,
        };
        server.Client = new ClientChannel(rpc);
        server.Publisher = new DiagnosticPublisher(server);
        AddTarget(rpc, new LspTarget(server));
        rpc.StartListening();
        server.Indexer.Start(stop.Token);
        server.Options.Started?.Invoke(server);

        Task finished = await Task.WhenAny(rpc.Completion, server.Lifecycle.Exited, server.Lifecycle.InputEnded);
        if (finished != rpc.Completion)
        {
            // Answers to requests that came before exit or the end of input (shutdown's, at least) must still reach
            // the client. Bounded: a handler that never ends must not keep the process alive.
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await rpc.AllAnsweredAsync(patience.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        stop.Cancel();
        if (finished != server.Lifecycle.Exited)
        {
            await rpc.Completion.ContinueWith(_ => { }, TaskScheduler.Default);
            await pump.ContinueWith(_ => { }, TaskScheduler.Default);
        }
        // After exit the pump may still wait on a read of stdin, which cannot be cancelled; the process ends anyway.
        return server.Lifecycle.ShutdownRequested ? 0 : 1;
    }

    // StreamJsonRpc marks these entry points as needing unreferenced code in general; with a source-generated
    // TypeInfoResolver and metadata for one known target class they use no reflection that trimming breaks.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "TypeInfoResolver is the source-generated LspJsonContext.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "TypeInfoResolver is the source-generated LspJsonContext.")]
    private static SystemTextJsonFormatter CreateFormatter()
    {
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.WithAddedModifier(LspJsonContext.Default, ParameterContracts.Apply);
        formatter.JsonSerializerOptions.RespectNullableAnnotations = true;
        // The formatter's own options decide names and nulls, not the context's generation options.
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
        return formatter;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The target's methods are kept by DynamicallyAccessedMembers on RpcTargetMetadata.FromClass.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The target's parameter types are all in LspJsonContext.")]
    private static void AddTarget(JsonRpc rpc, LspTarget target) =>
        rpc.AddLocalRpcTarget(RpcTargetMetadata.FromClass(typeof(LspTarget)), target, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });

    /// <summary>A document's file path, or "" for a document that is not a file (then only its marker or title makes it a dossier).</summary>
    internal static string PathOf(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out Uri? parsed) && parsed.IsFile ? parsed.LocalPath : "";

    internal static string UriOf(string path) => new Uri(path).AbsoluteUri;

    private int _settingsGeneration;

    internal DateOnly Today => Options.Today();

    internal Task LogAsync(TraceLevel level, string message) =>
        Settings.Trace >= level && level != TraceLevel.Off
            ? Client.NotifyAsync("window/logMessage", new LogMessageParams(level == TraceLevel.Verbose ? MessageType.Log : MessageType.Info, message))
            : Task.CompletedTask;

    /// <summary>Logs a failure whatever the trace level: it is worth knowing about. Never throws.</summary>
    internal async Task LogErrorAsync(string message)
    {
        try
        {
            await Client.NotifyAsync("window/logMessage", new LogMessageParams(MessageType.Error, message));
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException)
        {
        }
    }

    /// <summary>Re-reads the editor settings (pulling them when the client can answer) and re-validates every open document.</summary>
    internal async Task RefreshSettingsAsync(JsonElement? pushed)
    {
        // Two changes in quick succession: only the later one's answer may win.
        int generation = Interlocked.Increment(ref _settingsGeneration);
        JsonElement? settings = pushed is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty("dossier", out JsonElement section) ? section : null;
        if (Capabilities?.Workspace?.Configuration == true)
        {
            try
            {
                JsonElement answer = await Client.RequestAsync<ConfigurationParams, JsonElement>("workspace/configuration", new ConfigurationParams([new ConfigurationItem("dossier")]));
                if (answer.ValueKind == JsonValueKind.Array && answer.GetArrayLength() > 0 && answer[0].ValueKind == JsonValueKind.Object)
                {
                    settings = answer[0];
                }
            }
            catch (Exception e) when (e is RemoteInvocationException or ConnectionLostException or JsonException)
            {
                await LogAsync(TraceLevel.Messages, $"workspace/configuration failed: {e.Message}");
            }
        }
        // A client that neither answers nor pushes settings keeps those it gave at initialize.
        settings ??= InitializationSettings is { ValueKind: JsonValueKind.Object } initial ? initial : null;
        if (generation != Volatile.Read(ref _settingsGeneration))
        {
            return;
        }
        Settings = ServerSettings.Read(settings);
        await LogAsync(TraceLevel.Verbose, $"settings: {settings?.GetRawText() ?? "(none)"}");
        Workspace.SetOverlay(Settings.Overlay);
        RevalidateAll();
    }

    internal void RevalidateAll()
    {
        foreach (DocumentSnapshot snapshot in Documents.Refresh())
        {
            Publisher.Schedule(snapshot.Uri);
        }
        if (PullDiagnostics && Capabilities?.Workspace?.Diagnostics?.RefreshSupport == true)
        {
            // A pulling client asks again only when told that results changed.
            _ = Client.RequestAsync("workspace/diagnostic/refresh");
        }
        Publisher.ScheduleConfigurationCheck();
        Publisher.RescheduleUnopened();
        Indexer.IndexAll();
    }
}
