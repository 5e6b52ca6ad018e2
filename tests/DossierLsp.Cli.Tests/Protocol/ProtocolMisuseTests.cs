using System.Text;
using System.Text.Json;

namespace DossierLsp.Cli.Tests.Protocol;

/// <summary>
/// Misuse of the protocol against the published server, one row per case: after each, the server answers the next
/// valid request and still ends cleanly on shutdown + exit.
/// </summary>
[Collection(PublishedDossierCollection.Name)]
public sealed class ProtocolMisuseTests(PublishedDossier dossier)
{
    private const string Dossier = "# Job Application: Acme - Engineer\n\n## Job Details\n- **Company**: Acme\n- **Position**: Engineer\n- **Application Status**: APPLID\n\n## Job Description\nBuild things in Zürich — naïve café 😀.\n";
    private static readonly byte[] InvalidUtf8 = [0xC3, 0x28];
    private static readonly byte[] LoneSurrogate = "\\ud800"u8.ToArray();

    /// <summary>Where bad text goes: every string position of a request the server must answer or refuse.</summary>
    private static readonly Dictionary<string, Func<byte[], byte[]>> StringPositions = new()
    {
        ["method"] = bad => [.. "{\"jsonrpc\":\"2.0\",\"id\":50,\"method\":\"text"u8, .. bad, .. "\",\"params\":{}}"u8],
        ["jsonrpc"] = bad => [.. "{\"jsonrpc\":\"2."u8, .. bad, .. "\",\"id\":50,\"method\":\"textDocument/hover\"}"u8],
        ["id"] = bad => [.. "{\"jsonrpc\":\"2.0\",\"id\":\"r"u8, .. bad, .. "\",\"method\":\"textDocument/hover\"}"u8],
        ["member name"] = bad => [.. "{\"jsonrpc\":\"2.0\",\"id\":50,\"method\":\"textDocument/hover\",\"params\":{\"x"u8, .. bad, .. "\":1}}"u8],
        ["uri"] = bad => [.. "{\"jsonrpc\":\"2.0\",\"id\":50,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/"u8, .. bad, .. ".md\"},\"position\":{\"line\":0,\"character\":0}}}"u8],
        ["document text"] = bad => [.. "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/bad.md\",\"languageId\":\"markdown\",\"version\":1,\"text\":\"# T"u8, .. bad, .. "\"}}}"u8],
        ["change text"] = bad => [.. "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"URI\",\"version\":2},\"contentChanges\":[{\"text\":\"# T"u8, .. bad, .. "\"}]}}"u8],
        ["setting"] = bad => [.. "{\"jsonrpc\":\"2.0\",\"method\":\"workspace/didChangeConfiguration\",\"params\":{\"settings\":{\"dossier\":{\"schema\":\""u8, .. bad, .. "\"}}}}"u8],
    };

    /// <summary>Requests that take a document and a position; each is also cancelled at once in its own row.</summary>
    private static readonly string[] PositionRequests = ["textDocument/hover", "textDocument/completion", "textDocument/inlayHint", "textDocument/codeAction", "textDocument/documentSymbol", "textDocument/foldingRange", "textDocument/codeLens", "textDocument/diagnostic"];

    private static readonly string[] WorkspaceRequests = ["workspace/symbol", "workspace/diagnostic", "dossier/documentInfo", "dossier/index", "dossier/pipelineReport", "workspace/executeCommand"];

    private static string DocumentParams(string uri, string position) =>
        $$$"""{"textDocument":{"uri":"{{{uri}}}"},"position":{{{position}}},"range":{"start":{{{position}}},"end":{{{position}}}},"context":{"diagnostics":[]}}""";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static readonly Dictionary<string, Action<SpawnedServer>> Cases = BuildCases();

    private static Dictionary<string, Action<SpawnedServer>> BuildCases()
    {
        byte[] open = Utf8("""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/len.md","languageId":"markdown","version":1,"text":"# Zürich — café 😀 naïve"}}}""");
        var cases = new Dictionary<string, Action<SpawnedServer>>
        {
            ["content-length too short"] = s => s.SendFrame(open, open.Length - 7),
            ["content-length too long"] = s => s.SendFrame(open, open.Length + 9),
            ["content-length in characters"] = s => s.SendFrame(open, Encoding.UTF8.GetString(open).Length),
            ["content-length zero"] = s => s.SendFrame(open, 0),
            ["content-length not a number"] = s => s.SendRaw([.. "Content-Length: lots\r\n\r\n"u8, .. open]),
            ["content-length negative"] = s => s.SendRaw([.. "Content-Length: -5\r\n\r\n"u8, .. open]),
            ["no content-length header"] = s => s.SendRaw([.. "Content-Type: application/vscode-jsonrpc\r\n\r\n"u8, .. open]),
            ["body without any header"] = s => s.SendRaw(open),
            ["non-JSON body"] = s => s.SendFrame("hello, server"u8.ToArray()),
            ["truncated JSON"] = s => s.SendFrame("{\"jsonrpc\":\"2.0\",\"id\":50,\"method\":"u8.ToArray()),
            ["JSON number"] = s => s.Send("42"),
            ["JSON string"] = s => s.Send("\"initialize\""),
            ["JSON null"] = s => s.Send("null"),
            ["object without method or id"] = s => s.Send("""{"hello":"world"}"""),
            ["wrong jsonrpc version"] = s => s.Send("""{"jsonrpc":"1.0","id":50,"method":"textDocument/hover","params":{}}"""),
            ["method not a string"] = s => s.Send("""{"jsonrpc":"2.0","id":50,"method":17}"""),
            ["id an object"] = s => s.Send("""{"jsonrpc":"2.0","id":{"a":1},"method":"textDocument/hover"}"""),
            ["answer to nothing"] = s => s.Send("""{"jsonrpc":"2.0","id":777,"result":{}}"""),
            ["empty batch"] = s => s.Send("[]"),
            ["batch of requests"] = s => s.Send("""[{"jsonrpc":"2.0","id":51,"method":"dossier/documentInfo","params":{"textDocument":{"uri":"file:///w/a.md"}}},{"jsonrpc":"2.0","method":"initialized","params":{}}]"""),
            ["unknown request"] = s =>
            {
                s.Request(50, "dossier/noSuchThing", "{}");
                Assert.Equal(-32601, s.AnswerTo(50).GetProperty("error").GetProperty("code").GetInt32());
            },
            ["unknown notification"] = s => s.Notify("dossier/noSuchThing", "{}"),
            ["second initialize"] = s => Answered(s, "initialize", """{"processId":null,"rootUri":null,"capabilities":{}}"""),
            ["hover params a string"] = s => Answered(s, "textDocument/hover", "\"job.md\""),
            ["hover position of strings"] = s => Answered(s, "textDocument/hover", $$$"""{"textDocument":{"uri":"{{{s.DocumentUri}}}"},"position":{"line":"0","character":"x"}}"""),
            ["textDocument a number"] = s => Answered(s, "textDocument/completion", """{"textDocument":5,"position":{"line":0,"character":0}}"""),
            ["uri not a URI"] = s => Answered(s, "textDocument/hover", """{"textDocument":{"uri":"::not a uri::"},"position":{"line":0,"character":0}}"""),
            ["didOpen text a number"] = s => s.Notify("textDocument/didOpen", """{"textDocument":{"uri":"file:///w/n.md","languageId":"markdown","version":1,"text":12}}"""),
            ["didOpen without params"] = s => s.Send("""{"jsonrpc":"2.0","method":"textDocument/didOpen"}"""),
            ["didChange for an unopened document"] = s => s.Notify("textDocument/didChange", """{"textDocument":{"uri":"file:///w/never.md","version":2},"contentChanges":[{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"text":"x"}]}"""),
            ["didChange range past the end"] = s => s.Notify("textDocument/didChange", $$$"""{"textDocument":{"uri":"{{{s.DocumentUri}}}","version":2},"contentChanges":[{"range":{"start":{"line":900,"character":5},"end":{"line":-1,"character":99999}},"text":"x"}]}"""),
            ["didChange version going back"] = s => s.Notify("textDocument/didChange", $$"""{"textDocument":{"uri":"{{s.DocumentUri}}","version":-4},"contentChanges":[{"text":"# T"}]}"""),
            ["didClose for an unopened document"] = s => s.Notify("textDocument/didClose", """{"textDocument":{"uri":"file:///w/never.md"}}"""),
            ["duplicate didOpen"] = s =>
            {
                s.Open("# Other text\n", version: 7);
                JsonElement published = s.Until(m => m.TryGetProperty("method", out var method) && method.GetString() == "textDocument/publishDiagnostics" && m.GetProperty("params").GetProperty("version").GetInt32() == 7, "diagnostics of the second didOpen");
                Assert.Equal(s.DocumentUri, published.GetProperty("params").GetProperty("uri").GetString());
            },
            ["cancel of an unknown request"] = s => s.Notify("$/cancelRequest", """{"id":4242}"""),
            ["cancel with a string id"] = s => s.Notify("$/cancelRequest", """{"id":"nope"}"""),
        };
        foreach (string method in PositionRequests)
        {
            cases[$"out-of-range position in {method}"] = s => Answered(s, method, DocumentParams(s.DocumentUri, """{"line":99999,"character":-3}"""));
            cases[$"unopened document in {method}"] = s => Answered(s, method, DocumentParams("file:///w/never.md", """{"line":0,"character":0}"""));
            cases[$"cancelled {method}"] = s => Cancelled(s, method, DocumentParams(s.DocumentUri, """{"line":3,"character":4}"""));
        }
        foreach (string method in WorkspaceRequests)
        {
            cases[$"cancelled {method}"] = s => Cancelled(s, method, $$"""{"query":"","previousResultIds":[],"textDocument":{"uri":"{{s.DocumentUri}}"},"command":"dossier.none","arguments":[]}""");
        }
        foreach (var (position, request) in StringPositions)
        {
            cases[$"invalid UTF-8 in {position}"] = s => s.SendFrame(Bytes(request(InvalidUtf8), s));
            cases[$"lone surrogate in {position}"] = s => s.SendFrame(Bytes(request(LoneSurrogate), s));
        }
        return cases;
    }

    /// <summary>The body with its placeholder "URI" replaced by the open document's URI.</summary>
    private static byte[] Bytes(byte[] body, SpawnedServer server) => body.AsSpan().IndexOf("URI"u8) is int at && at >= 0
        ? [.. body[..at], .. Encoding.ASCII.GetBytes(server.DocumentUri), .. body[(at + 3)..]]
        : body;

    /// <summary>The request gets an answer — a result or an error — whatever its parameters.</summary>
    private static void Answered(SpawnedServer server, string method, string paramsJson)
    {
        server.Request(60, method, paramsJson);
        JsonElement answer = server.AnswerTo(60);
        Assert.True(answer.TryGetProperty("result", out _) || answer.TryGetProperty("error", out _), answer.ToString());
    }

    /// <summary>A request cancelled at once is still answered (a result, or RequestCancelled), per the spec.</summary>
    private static void Cancelled(SpawnedServer server, string method, string paramsJson)
    {
        server.Request(70, method, paramsJson);
        server.Notify("$/cancelRequest", """{"id":70}""");
        JsonElement answer = server.AnswerTo(70);
        if (answer.TryGetProperty("error", out JsonElement error))
        {
            Assert.Contains(error.GetProperty("code").GetInt32(), new[] { -32800, -32602, -32603, -32601 });
        }
    }

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void After_misuse_the_server_answers_the_next_request_and_ends_cleanly(string name)
    {
        using var server = new SpawnedServer(dossier.Path);
        server.Initialize();
        server.Open(Dossier);
        Cases[name](server);

        for (int id = 100; id < 102; id++)
        {
            server.Request(id, "dossier/documentInfo", $$$"""{"textDocument":{"uri":"{{{server.DocumentUri}}}"}}""");
            Assert.Equal(JsonValueKind.Object, server.AnswerTo(id).GetProperty("result").ValueKind);
        }
        Assert.Equal(0, server.ShutdownAndExit());
        Assert.DoesNotContain("Unhandled", server.Stderr());
    }
}
