using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DossierLsp.Core.Config;
using DossierLsp.Server.Hosting;

namespace DossierLsp.Server.Tests;

/// <summary>
/// A minimal LSP client over an in-memory duplex stream to a real <see cref="LanguageServer"/>: raw framing (so
/// tests can also send broken messages), responses matched by id, notifications recorded, and server-to-client
/// requests answered by <see cref="OnServerRequest"/>.
/// </summary>
internal sealed class TestClient : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private readonly Pipe _toServer = new(new PipeOptions(useSynchronizationContext: false));
    private readonly Pipe _fromServer = new(new PipeOptions(useSynchronizationContext: false));
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly List<JsonElement> _notifications = [];
    private readonly SemaphoreSlim _notified = new(0);
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Task _reader;
    private long _nextId;

    public TestClient(ServerOptions? options = null)
    {
        LanguageServer? server = null;
        if (options is null)
        {
            var host = new MemoryHost();
            options = new ServerOptions { Host = host, Directories = host, Today = () => new DateOnly(2024, 6, 1) };
        }
        options = options with { Started = s => server = s };
        ServerTask = Task.Run(() => LanguageServer.RunAsync(_toServer.Reader.AsStream(), _fromServer.Writer.AsStream(), options));
        _reader = Task.Run(ReadLoopAsync);
        ServerInstance = () => server!;
    }

    public Task<int> ServerTask { get; }

    /// <summary>The server behind the connection, for looking at its document store.</summary>
    public Func<LanguageServer> ServerInstance { get; }

    /// <summary>Answers the server's requests (workspace/configuration, workspace/applyEdit, …); default: null.</summary>
    public Func<string, JsonElement, JsonNode?> OnServerRequest { get; set; } = (_, _) => null;

    public List<(string Method, JsonElement Params)> ServerRequests { get; } = [];

    /// <summary>Server-to-client requests of these methods are answered with an error.</summary>
    public HashSet<string> RefuseServerRequests { get; } = [];

    /// <summary>
    /// What a full-featured client (VS Code) declares for the features the server degrades: snippets, Markdown,
    /// preselect, code action literals, code descriptions, applyEdit, showDocument. The default of <see cref="InitializeAsync"/>.
    /// </summary>
    public static JsonObject FullCapabilities() => new()
    {
        ["textDocument"] = new JsonObject
        {
            ["completion"] = new JsonObject { ["completionItem"] = new JsonObject { ["snippetSupport"] = true, ["documentationFormat"] = new JsonArray("markdown", "plaintext"), ["preselectSupport"] = true } },
            ["hover"] = new JsonObject { ["contentFormat"] = new JsonArray("markdown", "plaintext") },
            ["codeAction"] = new JsonObject { ["codeActionLiteralSupport"] = new JsonObject { ["codeActionKind"] = new JsonObject { ["valueSet"] = new JsonArray("quickfix", "source") } } },
            ["publishDiagnostics"] = new JsonObject { ["codeDescriptionSupport"] = true },
        },
        ["workspace"] = new JsonObject { ["applyEdit"] = true },
        ["window"] = new JsonObject { ["showDocument"] = new JsonObject { ["support"] = true } },
    };

    /// <summary><see cref="FullCapabilities"/> with <paramref name="extra"/> merged in, member by member.</summary>
    public static JsonObject FullCapabilitiesWith(object extra)
    {
        JsonObject full = FullCapabilities();
        Merge(full, JsonSerializer.SerializeToNode(extra, Json)!.AsObject());
        return full;

        static void Merge(JsonObject into, JsonObject from)
        {
            foreach (var (key, value) in from.ToArray())
            {
                if (value is JsonObject child && into[key] is JsonObject existing)
                {
                    Merge(existing, child);
                }
                else
                {
                    into[key] = value?.DeepClone();
                }
            }
        }
    }

    /// <summary>Initializes with <paramref name="capabilities"/> as given, or <see cref="FullCapabilities"/>.</summary>
    public async Task<JsonElement> InitializeAsync(object? capabilities = null, object? initializationOptions = null)
    {
        JsonElement response = await RequestAsync("initialize", new { processId = (int?)null, rootUri = (string?)null, capabilities = capabilities ?? FullCapabilities(), initializationOptions });
        await NotifyAsync("initialized", new { });
        return response.GetProperty("result");
    }

    /// <summary>The whole response: its "result" or its "error".</summary>
    public async Task<JsonElement> RequestAsync(string method, object? parameters, long? id = null)
    {
        long requestId = id ?? Interlocked.Increment(ref _nextId);
        var completion = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[Key(requestId)] = completion;
        await SendAsync(new { jsonrpc = "2.0", id = requestId, method, @params = parameters });
        return await completion.Task.WaitAsync(Patience);
    }

    public Task<JsonElement> ResultAsync(string method, object? parameters) =>
        RequestAsync(method, parameters).ContinueWith(t => t.Result.GetProperty("result"), TaskScheduler.Default);

    /// <summary>Sends a request and returns without waiting; the answer is collected by <see cref="AnswerAsync"/>.</summary>
    public async Task<Task<JsonElement>> StartRequestAsync(string method, object? parameters, object id)
    {
        var completion = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[Key(id)] = completion;
        await SendAsync(new { jsonrpc = "2.0", id, method, @params = parameters });
        return completion.Task.WaitAsync(Patience);
    }

    /// <summary>Waits for the answer to <paramref name="id"/>, for messages sent raw.</summary>
    public Task<JsonElement> ExpectAnswerAsync(object id)
    {
        var completion = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[Key(id)] = completion;
        return completion.Task.WaitAsync(Patience);
    }

    /// <summary>More bytes of a body whose header <see cref="SendRawAsync"/> already sent.</summary>
    public async Task SendRawBodyAsync(ReadOnlyMemory<byte> bytes)
    {
        await _writeLock.WaitAsync();
        try
        {
            await _toServer.Writer.WriteAsync(bytes);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>A request id as its JSON text, the form in which it comes back.</summary>
    private static string Key(object id) => JsonSerializer.Serialize(id, Json);

    public Task NotifyAsync(string method, object? parameters) => SendAsync(new { jsonrpc = "2.0", method, @params = parameters });

    public Task SendAsync(object message) => SendRawAsync(JsonSerializer.SerializeToUtf8Bytes(message, Json));

    public async Task SendRawAsync(byte[] body, long? declaredLength = null)
    {
        await _writeLock.WaitAsync();
        try
        {
            await _toServer.Writer.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {declaredLength ?? body.Length}\r\n\r\n"));
            await _toServer.Writer.WriteAsync(body);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>How many notifications arrived so far: pass it as <c>after</c> to wait only for newer ones.</summary>
    public int NotificationCount
    {
        get
        {
            lock (_notifications)
            {
                return _notifications.Count;
            }
        }
    }

    /// <summary>The first notification of <paramref name="method"/> that matches, among those after the first <paramref name="after"/>.</summary>
    public async Task<JsonElement> WaitForNotificationAsync(string method, Func<JsonElement, bool>? match = null, int after = 0)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            lock (_notifications)
            {
                foreach (JsonElement notification in _notifications.Skip(after))
                {
                    if (notification.GetProperty("method").GetString() == method && (match is null || match(notification.GetProperty("params"))))
                    {
                        return notification.GetProperty("params");
                    }
                }
            }
            TimeSpan left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _notified.WaitAsync(left))
            {
                throw new TimeoutException($"no {method} notification matched within {Patience.TotalSeconds} s");
            }
        }
    }

    public Task<JsonElement> DiagnosticsAsync(string uri, int version) =>
        WaitForNotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == uri && p.TryGetProperty("version", out var v) && v.GetInt32() == version);

    public IReadOnlyList<JsonElement> Notifications(string method)
    {
        lock (_notifications)
        {
            return _notifications.Where(n => n.GetProperty("method").GetString() == method).Select(n => n.GetProperty("params")).ToArray();
        }
    }

    public Task OpenAsync(string uri, string text, int version = 1) =>
        NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "markdown", version, text } });

    private async Task ReadLoopAsync()
    {
        Stream stream = _fromServer.Reader.AsStream();
        var header = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            header.Clear();
            while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
            {
                if (await stream.ReadAsync(one) == 0)
                {
                    return;
                }
                header.Append((char)one[0]);
            }
            int length = int.Parse(header.ToString().Split("\r\n")[0].Split(':')[1].Trim());
            byte[] body = new byte[length];
            await stream.ReadExactlyAsync(body);
            JsonElement message = JsonDocument.Parse(body).RootElement.Clone();
            bool hasMethod = message.TryGetProperty("method", out JsonElement method);
            bool hasId = message.TryGetProperty("id", out JsonElement id);
            if (hasMethod && hasId)
            {
                JsonElement parameters = message.TryGetProperty("params", out JsonElement p) ? p : default;
                lock (ServerRequests)
                {
                    ServerRequests.Add((method.GetString()!, parameters));
                }
                if (RefuseServerRequests.Contains(method.GetString()!))
                {
                    await SendAsync(new { jsonrpc = "2.0", id = JsonNode.Parse(id.GetRawText()), error = new { code = -32603, message = "refused by the test" } });
                    continue;
                }
                JsonNode? result = OnServerRequest(method.GetString()!, parameters);
                await SendAsync(new { jsonrpc = "2.0", id = JsonNode.Parse(id.GetRawText()), result });
            }
            else if (hasMethod)
            {
                lock (_notifications)
                {
                    _notifications.Add(message);
                }
                _notified.Release();
            }
            else if (hasId && _pending.TryRemove(id.GetRawText(), out var completion))
            {
                completion.TrySetResult(message);
            }
        }
    }

    public async Task<int> ShutdownAndExitAsync()
    {
        await RequestAsync("shutdown", null);
        await NotifyAsync("exit", null);
        return await ServerTask.WaitAsync(Patience);
    }

    /// <summary>Ends the stream to the server, as a client that exits (or a shell pipe that runs dry) does.</summary>
    public async Task CloseInputAsync()
    {
        await _writeLock.WaitAsync();
        try
        {
            await _toServer.Writer.CompleteAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _toServer.Writer.CompleteAsync();
        await Task.WhenAny(ServerTask, Task.Delay(Patience));
        await _fromServer.Writer.CompleteAsync();
        await Task.WhenAny(_reader, Task.Delay(Patience));
    }
}

internal sealed class MemoryHost(Dictionary<string, string>? files = null) : IConfigHost, IDirectoryHost
{
    public Dictionary<string, string> Files { get; } = files ?? [];

    /// <summary>A server over this host, as the tests start it, with "today" fixed.</summary>
    public ServerOptions Options(DateOnly? today = null) => new() { Host = this, Directories = this, Today = () => today ?? new DateOnly(2024, 6, 1) };

    /// <summary>Days the files were last written, where a test cares.</summary>
    public Dictionary<string, DateOnly> Modified { get; } = [];

    /// <summary>Files the bounded reader refuses, with its answer (too large, not UTF-8, …).</summary>
    public Dictionary<string, TextDecoding.Decoded> Refused { get; } = [];

    /// <summary>Every folder the index listed, in order.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Listed { get; } = new();

    public TextDecoding.Decoded? ReadMarkdown(string path) =>
        Refused.TryGetValue(path, out TextDecoding.Decoded? refused) ? refused
        : ReadAllText(path) is { } text ? new TextDecoding.Decoded(text, false, null, 0, 0) : null;

    public DateOnly? LastModified(string path) => Modified.TryGetValue(path, out DateOnly day) ? day : null;

    public string? ReadIgnoreFile(string path) => ReadAllText(path);

    public bool Exists(string path)
    {
        lock (Files)
        {
            return Files.ContainsKey(path) || Files.Keys.Any(p => p.StartsWith(path + "/", StringComparison.Ordinal));
        }
    }

    public DirectoryListing List(string directory)
    {
        Listed.Enqueue(directory);
        string prefix = directory.TrimEnd('/') + "/";
        string[] paths;
        lock (Files)
        {
            paths = Files.Keys.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).ToArray();
        }
        var markdown = paths.Where(p => p.IndexOf('/', prefix.Length) < 0 && p.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        var folders = paths.Where(p => p.IndexOf('/', prefix.Length) > 0).Select(p => p[..p.IndexOf('/', prefix.Length)]).Distinct().Order(StringComparer.Ordinal).ToArray();
        return new DirectoryListing(markdown, folders);
    }

    public string? ReadAllText(string path)
    {
        lock (Files)
        {
            return Files.GetValueOrDefault(path);
        }
    }

    /// <summary>The environment the server sees (XDG_CONFIG_HOME, DOSSIER_PROFILE), where a test sets it.</summary>
    public Dictionary<string, string> Environment { get; } = [];

    public string? GetEnvironmentVariable(string name) => Environment.GetValueOrDefault(name);

    public string? HomeDirectory => null;
}
