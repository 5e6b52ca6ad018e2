using System.Text;
using System.Text.Json;
using DossierLsp.Server.Transport;

namespace DossierLsp.Server.Tests;

public sealed class TransportTests
{
    [Theory]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":77,\"method\":\"x\",\"params\":{oops", "77")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":\"a\\\"b\",\"method\":\"x\",\"params\":{oops", "\"a\\u0022b\"")]
    [InlineData("{\"method\":\"x\",\"params\":{\"id\":5},\"id\":9,", "9")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":{\"id\":5,oops", null)] // a notification: the nested id is not its own
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{oops", null)] // a response: its id is of the server's numbering
    [InlineData("{\"id\":4,\"params\":[1,", null)] // no method seen before the break
    [InlineData("not json", null)]
    public void The_id_of_a_broken_request_is_read_from_its_top_level_only(string body, string? expected) =>
        Assert.Equal(expected, MessageCheck.RecoverId(Encoding.UTF8.GetBytes(body)));

    [Fact]
    public async Task Adversarial_bodies_and_headers_never_end_the_connection()
    {
        await using var client = new TestClient();
        await client.InitializeAsync();
        string[] bodies =
        [
            "{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"textDocument/hover\",\"params\":{}}",
            "{\"jsonrpc\":\"2.0\",\"id\":true,\"method\":\"textDocument/hover\",\"params\":{}}",
            "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":7}",
            "{\"jsonrpc\":\"2.0\",\"id\":123456,\"result\":null}",
            "{\"jsonrpc\":\"1.0\",\"id\":5,\"method\":\"shutdown\"}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":\"text\"}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":42}}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{}}",
            "",
        ];
        foreach (string body in bodies)
        {
            await client.SendRawAsync(Encoding.UTF8.GetBytes(body));
        }
        await client.SendRawAsync([0xC3, 0x28, 0xFF]); // not UTF-8
        await client.SendRawBodyAsync(Encoding.ASCII.GetBytes("Content-Length: -3\r\n\r\n"));
        await client.SendRawBodyAsync(Encoding.ASCII.GetBytes("Content-Length: many\r\n\r\n"));
        await client.SendRawBodyAsync(Encoding.ASCII.GetBytes("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n"));

        // A well-formed request with a bad parameter shape is answered, not fatal.
        JsonElement bad = await client.RequestAsync("textDocument/hover", new { textDocument = 5 });
        Assert.True(bad.TryGetProperty("error", out _));
        // And the connection still serves.
        await client.OpenAsync(Samples.Uri, Samples.Dossier);
        await client.DiagnosticsAsync(Samples.Uri, 1);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    public static TheoryData<string> Methods() =>
    [
        "initialize", "initialized", "shutdown", "textDocument/didOpen", "textDocument/didChange", "textDocument/didClose",
        "textDocument/completion", "textDocument/hover", "textDocument/codeAction", "textDocument/documentSymbol",
        "textDocument/foldingRange", "textDocument/inlayHint", "textDocument/diagnostic", "workspace/executeCommand",
        "workspace/didChangeConfiguration", "workspace/didChangeWatchedFiles", "$/cancelRequest", "dossier/documentInfo",
        "dossier/newDossier",
    ];

    /// <summary>Every method, sent as a request and as a notification with parameters of the wrong shape, leaves the server serving.</summary>
    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Parameters_of_the_wrong_shape_never_end_the_connection(string method)
    {
        await using var client = new TestClient();
        await client.InitializeAsync();
        await client.OpenAsync(Samples.Uri, Samples.Dossier);
        object?[] shapes = [null, new { }, Array.Empty<object>(), new object[] { 1, "x" }, new { textDocument = (object?)null, position = "here", range = 3, changes = 4, contentChanges = new[] { 5 } }];
        foreach (object? shape in shapes)
        {
            await client.NotifyAsync(method, shape);
            if (method is not ("shutdown" or "initialize"))
            {
                await client.RequestAsync(method, shape);
            }
        }
        JsonElement info = await client.ResultAsync("dossier/documentInfo", new { textDocument = new { uri = Samples.Uri } });
        Assert.True(info.GetProperty("isDossier").GetBoolean());
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task A_second_or_unasked_for_response_is_dropped_and_logged()
    {
        await using var client = new TestClient(new ServerOptions { Host = new MemoryHost(), Today = () => new DateOnly(2024, 6, 1) });
        client.OnServerRequest = (method, _) => method == "workspace/applyEdit" ? new System.Text.Json.Nodes.JsonObject { ["applied"] = true } : null;
        await client.InitializeAsync();
        await client.OpenAsync(Samples.Uri, Samples.Dossier);
        await client.ResultAsync("workspace/executeCommand", new { command = "dossier.setStatus", arguments = new object[] { Samples.Uri, "APPLIED" } });
        // Responses for ids the server awaits no answer on (its applyEdit, id 1, was answered above), as a client
        // that answers twice or late would send.
        await client.SendAsync(new { jsonrpc = "2.0", id = 1, result = new { applied = true } });
        await client.SendAsync(new { jsonrpc = "2.0", id = "never-sent", error = new { code = -1, message = "?" } });
        JsonElement log = await client.WaitForNotificationAsync("window/logMessage", p => p.GetProperty("message").GetString()!.Contains("never-sent"));
        Assert.Contains("answers no request", log.GetProperty("message").GetString());
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task A_string_request_id_gets_its_parse_error_answer_under_the_same_id()
    {
        await using var client = new TestClient();
        await client.InitializeAsync();
        Task<JsonElement> answered = client.ExpectAnswerAsync("req-1");
        await client.SendRawAsync(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":\"req-1\",\"method\":\"textDocument/hover\",\"params\":[,]}"));
        Assert.Equal(-32700, (await answered).GetProperty("error").GetProperty("code").GetInt32());
    }
}
