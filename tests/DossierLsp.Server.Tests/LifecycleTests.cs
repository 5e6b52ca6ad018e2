using System.Text;
using System.Text.Json;

namespace DossierLsp.Server.Tests;

public sealed class LifecycleTests
{
    private static int ErrorCode(JsonElement response) => response.GetProperty("error").GetProperty("code").GetInt32();

    [Fact]
    public async Task Requests_before_initialize_get_server_not_initialized()
    {
        await using var client = new TestClient();
        Assert.Equal(-32002, ErrorCode(await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Samples.Uri }, position = new { line = 0, character = 0 } })));
        Assert.Equal(-32002, ErrorCode(await client.RequestAsync("shutdown", null)));
    }

    [Fact]
    public async Task Initialize_declares_every_capability_statically()
    {
        await using var client = new TestClient();
        JsonElement result = await client.InitializeAsync();
        JsonElement capabilities = result.GetProperty("capabilities");
        Assert.Equal("utf-16", capabilities.GetProperty("positionEncoding").GetString());
        Assert.Equal(2, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        Assert.True(capabilities.GetProperty("textDocumentSync").GetProperty("openClose").GetBoolean());
        Assert.Equal([":", "#", " "], capabilities.GetProperty("completionProvider").GetProperty("triggerCharacters").EnumerateArray().Select(c => c.GetString()));
        foreach (string provider in new[] { "hoverProvider", "documentSymbolProvider", "foldingRangeProvider", "inlayHintProvider", "workspaceSymbolProvider" })
        {
            Assert.True(capabilities.GetProperty(provider).GetBoolean(), provider);
        }
        Assert.Equal(["quickfix", "source"], capabilities.GetProperty("codeActionProvider").GetProperty("codeActionKinds").EnumerateArray().Select(c => c.GetString()));
        Assert.False(capabilities.TryGetProperty("diagnosticProvider", out _), "no pull diagnostics for a client that did not declare them");
        Assert.False(capabilities.GetProperty("codeLensProvider").GetProperty("resolveProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("workspace").GetProperty("workspaceFolders").GetProperty("changeNotifications").GetBoolean());
        Assert.Equal(["dossier.setStatus", "dossier.addFollowUp"], capabilities.GetProperty("executeCommandProvider").GetProperty("commands").EnumerateArray().Select(c => c.GetString()));
        Assert.False(capabilities.GetProperty("completionProvider").GetProperty("resolveProvider").GetBoolean());
        Assert.Equal("dossier-lsp", result.GetProperty("serverInfo").GetProperty("name").GetString());
        Assert.Equal(LanguageServer.Version, result.GetProperty("serverInfo").GetProperty("version").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+", LanguageServer.Version);
    }

    [Fact]
    public async Task Pull_diagnostics_with_workspace_diagnostics_are_declared_only_to_a_client_that_can_pull()
    {
        await using var client = new TestClient();
        JsonElement result = await client.InitializeAsync(new { textDocument = new { diagnostic = new { dynamicRegistration = false } } });
        JsonElement provider = result.GetProperty("capabilities").GetProperty("diagnosticProvider");
        Assert.True(provider.GetProperty("interFileDependencies").GetBoolean(), "cross-dossier findings: a change in one file changes another's");
        Assert.True(provider.GetProperty("workspaceDiagnostics").GetBoolean());
    }

    [Fact]
    public async Task Notifications_before_initialize_are_dropped_and_a_second_initialize_is_refused()
    {
        await using var client = new TestClient();
        await client.OpenAsync(Samples.Uri, Samples.Dossier);
        await client.InitializeAsync();
        Assert.Null(client.ServerInstance().Documents.Get(Samples.Uri));
        Assert.Equal(-32600, ErrorCode(await client.RequestAsync("initialize", new { capabilities = new { } })));
        Assert.Equal(-32601, ErrorCode(await client.RequestAsync("$/dossier/unknown", new { })));
    }

    [Theory]
    [InlineData("off", 0)]
    [InlineData("messages", 0)]
    [InlineData("verbose", 1)]
    public async Task Server_logs_follow_the_trace_setting(string trace, int verboseLogs)
    {
        await using var client = new TestClient();
        await client.InitializeAsync(initializationOptions: new { trace = new { server = trace } });
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { dossier = new { trace = new { server = trace } } } });
        await client.ShutdownAndExitAsync();
        // Verbose logs the settings each time they are read (after initialized and after the change).
        Assert.Equal(verboseLogs * 2, client.Notifications("window/logMessage").Count(l => l.GetProperty("message").GetString()!.StartsWith("settings:", StringComparison.Ordinal)));
        Assert.All(client.Notifications("window/logMessage"), l => Assert.Equal(trace == "verbose" ? 4 : 3, l.GetProperty("type").GetInt32()));
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_with_code_0_and_requests_after_shutdown_are_invalid()
    {
        await using var client = new TestClient();
        await client.InitializeAsync();
        JsonElement shutdown = await client.RequestAsync("shutdown", null);
        Assert.Equal(JsonValueKind.Null, shutdown.GetProperty("result").ValueKind);
        Assert.Equal(-32600, ErrorCode(await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Samples.Uri }, position = new { line = 0, character = 0 } })));
        await client.NotifyAsync("exit", null);
        Assert.Equal(0, await client.ServerTask.WaitAsync(TestClient.Patience));
    }

    /// <summary>A client (or a shell pipe) may write every message at once and close: all are handled and answered, in order.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Messages_written_all_at_once_before_the_stream_ends_are_all_answered(bool sendExit)
    {
        await using var client = new TestClient();
        Task<JsonElement> initialize = await client.StartRequestAsync("initialize", new { capabilities = new { } }, 1);
        await client.NotifyAsync("initialized", new { });
        await client.OpenAsync(Samples.Uri, Samples.Dossier);
        Task<JsonElement> completion = await client.StartRequestAsync("textDocument/completion", new { textDocument = new { uri = Samples.Uri }, position = Samples.At(Samples.Dossier, "APPLID") }, 2);
        Task<JsonElement> shutdown = await client.StartRequestAsync("shutdown", null, 3);
        if (sendExit)
        {
            await client.NotifyAsync("exit", null);
        }
        await client.CloseInputAsync();

        Assert.Equal(0, await client.ServerTask.WaitAsync(TestClient.Patience));
        Assert.Equal("dossier-lsp", (await initialize).GetProperty("result").GetProperty("serverInfo").GetProperty("name").GetString());
        Assert.Equal(9, (await completion).GetProperty("result").GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, (await shutdown).GetProperty("result").ValueKind);
    }

    [Fact]
    public async Task The_stream_ending_without_shutdown_ends_with_code_1()
    {
        await using var client = new TestClient();
        await client.InitializeAsync();
        await client.CloseInputAsync();
        Assert.Equal(1, await client.ServerTask.WaitAsync(TestClient.Patience));
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_code_1()
    {
        await using var client = new TestClient();
        await client.InitializeAsync();
        await client.NotifyAsync("exit", null);
        Assert.Equal(1, await client.ServerTask.WaitAsync(TestClient.Patience));
    }

    [Fact]
    public async Task Unknown_methods_fail_and_unknown_notifications_are_ignored()
    {
        await using var client = new TestClient();
        await client.InitializeAsync();
        Assert.Equal(-32601, ErrorCode(await client.RequestAsync("textDocument/frobnicate", new { })));
        await client.NotifyAsync("$/setTrace", new { value = "off" });
        await client.NotifyAsync("custom/whatever", new { });
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Cancelled_request_gets_request_cancelled()
    {
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = new ServerOptions
        {
            Host = new MemoryHost(),
            BeforeRequest = async (method, token) =>
            {
                if (method == "textDocument/hover")
                {
                    held.TrySetResult();
                    await Task.Delay(Timeout.Infinite, token);
                }
            },
        };
        await using var client = new TestClient(options);
        await client.InitializeAsync();
        await client.OpenAsync(Samples.Uri, Samples.Dossier);
        Task<JsonElement> hover = await client.StartRequestAsync("textDocument/hover", new { textDocument = new { uri = Samples.Uri }, position = new { line = 0, character = 3 } }, id: 900);
        await held.Task.WaitAsync(TestClient.Patience);
        await client.NotifyAsync("$/cancelRequest", new { id = 900 });
        Assert.Equal(-32800, ErrorCode(await hover));
    }

    [Fact]
    public async Task Malformed_messages_are_answered_or_dropped_and_the_server_keeps_running()
    {
        await using var client = new TestClient();
        await client.InitializeAsync();
        Task<JsonElement> answered = client.ExpectAnswerAsync(77);
        await client.SendRawAsync(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":77,\"method\":\"textDocument/hover\",\"params\":{oops"));
        Assert.Equal(-32700, ErrorCode(await answered));
        await client.SendRawAsync(Encoding.UTF8.GetBytes("this is not json at all"));
        await client.SendRawAsync(Encoding.UTF8.GetBytes("{\"no\":\"jsonrpc\"}"));
        await client.SendRawAsync(Encoding.UTF8.GetBytes("[1,2,3]"));
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Oversized_message_is_skipped_without_being_held_and_answered()
    {
        await using var client = new TestClient();
        await client.InitializeAsync();
        long declared = 70L * 1024 * 1024;
        byte[] start = Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":55,\"method\":\"textDocument/hover\",\"params\":{\"x\":\"");
        Task<JsonElement> answered = client.ExpectAnswerAsync(55);
        await client.SendRawAsync(start, declared);
        byte[] chunk = new byte[1024 * 1024];
        Array.Fill(chunk, (byte)'a');
        for (long sent = start.Length; sent < declared; sent += chunk.Length)
        {
            await client.SendRawBodyAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, declared - sent)));
        }
        JsonElement answer = await answered;
        Assert.Equal(-32700, ErrorCode(answer));
        Assert.Contains("limit", answer.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task A_failing_handler_answers_with_an_error_and_the_server_keeps_running()
    {
        var options = new ServerOptions
        {
            Host = new MemoryHost(),
            BeforeRequest = (method, _) => method == "textDocument/hover" ? throw new InvalidOperationException("boom") : Task.CompletedTask,
        };
        await using var client = new TestClient(options);
        await client.InitializeAsync();
        JsonElement hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Samples.Uri }, position = new { line = 0, character = 0 } });
        Assert.Contains("boom", hover.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task A_request_whose_document_changes_meanwhile_gets_content_modified()
    {
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = new ServerOptions
        {
            Host = new MemoryHost(),
            BeforeRequest = async (method, _) =>
            {
                if (method == "textDocument/hover")
                {
                    held.TrySetResult();
                    await release.Task;
                }
            },
        };
        await using var client = new TestClient(options);
        await client.InitializeAsync();
        await client.OpenAsync(Samples.Uri, Samples.Dossier);
        Task<JsonElement> hover = await client.StartRequestAsync("textDocument/hover", new { textDocument = new { uri = Samples.Uri }, position = Samples.At(Samples.Dossier, "APPLID") }, id: 901);
        await held.Task.WaitAsync(TestClient.Patience);
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Samples.Uri, version = 2 }, contentChanges = new[] { new { text = "# changed\n" } } });
        await client.DiagnosticsAsync(Samples.Uri, 2);
        release.SetResult();
        Assert.Equal(-32801, ErrorCode(await hover));
    }

    /// <summary>
    /// A configuration change replaces every snapshot with one of the same text and version; a request computed on
    /// the replaced snapshot still answers, since its positions are still right (issue 9, issue 10 defect 7).
    /// </summary>
    [Theory]
    [InlineData("textDocument/completion")]
    [InlineData("textDocument/hover")]
    [InlineData("textDocument/codeAction")]
    public async Task A_request_in_flight_across_a_configuration_change_is_answered(string method)
    {
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = new ServerOptions
        {
            Host = new MemoryHost(),
            BeforeRequest = async (m, _) =>
            {
                if (m == method)
                {
                    held.TrySetResult();
                    await release.Task;
                }
            },
        };
        await using var client = new TestClient(options);
        await client.InitializeAsync();
        await client.OpenAsync(Samples.Uri, Samples.Dossier);
        await client.DiagnosticsAsync(Samples.Uri, 1);
        object position = Samples.At(Samples.Dossier, method == "textDocument/hover" ? "$65" : "APPLID");
        object parameters = method == "textDocument/codeAction"
            ? new { textDocument = new { uri = Samples.Uri }, range = new { start = position, end = position }, context = new { diagnostics = Array.Empty<object>() } }
            : new { textDocument = new { uri = Samples.Uri }, position };
        Task<JsonElement> request = await client.StartRequestAsync(method, parameters, id: 902);
        await held.Task.WaitAsync(TestClient.Patience);

        DocumentSnapshot before = client.ServerInstance().Documents.Get(Samples.Uri)!;
        int seen = client.NotificationCount;
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { dossier = new { profile = new { minimumSalary = 500000 } } } });
        // The re-validation under the new settings is published once the snapshot was replaced.
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == Samples.Uri, after: seen);
        Assert.NotSame(before, client.ServerInstance().Documents.Get(Samples.Uri));
        release.SetResult();

        JsonElement answer = await request;
        Assert.False(answer.TryGetProperty("error", out JsonElement error), error.ToString());
        Assert.NotEqual(0, answer.GetProperty("result") switch
        {
            { ValueKind: JsonValueKind.Array } items => items.GetArrayLength(),
            { ValueKind: JsonValueKind.Object } result when result.TryGetProperty("items", out JsonElement items) => items.GetArrayLength(),
            { ValueKind: JsonValueKind.Object } => 1,
            _ => 0,
        });
    }

    [Fact]
    public async Task A_malformed_message_is_logged_even_with_tracing_off()
    {
        await using var client = new TestClient();
        await client.InitializeAsync();
        await client.SendRawAsync(Encoding.UTF8.GetBytes("{not json"));
        JsonElement log = await client.WaitForNotificationAsync("window/logMessage");
        Assert.Contains("malformed", log.GetProperty("message").GetString());
    }
}
