using System.Text;
using System.Text.Json;

namespace DossierLsp.Cli.Tests.Protocol;

/// <summary>
/// Misuse of the protocol against the published server, one row per case: the server gives exactly the answers
/// JSON-RPC 2.0 and LSP 3.17 give to it (none to a notification), then answers the next valid requests and still ends
/// cleanly on shutdown + exit.
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

    /// <summary>A misuse and the answers the specification gives to it, each "id: result" or "id: error code" ("a or b" when either may come).</summary>
    private sealed record Row(Action<SpawnedServer> Send, params string[] Answers);

    private static readonly Dictionary<string, Row> Cases = BuildCases();

    private static Dictionary<string, Row> BuildCases()
    {
        byte[] open = Utf8("""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/len.md","languageId":"markdown","version":1,"text":"# Zürich — café 😀 naïve"}}}""");
        // JSON-RPC 2.0: -32700 for what is not JSON, -32600 for JSON that is no request object, id null when the id
        // cannot be read; no answer to a notification or a response. LSP: -32602 for parameters of the wrong type.
        var cases = new Dictionary<string, Row>
        {
            // A body cut short is no JSON; the rest of it, no header, is skipped up to the next frame.
            ["content-length too short"] = new(s => s.SendFrame(open, open.Length - 7), "null: -32700"),
            // The body runs into the next frame's header: it is read up to it and handled.
            ["content-length too long"] = new(s => s.SendFrame(open, open.Length + 9)),
            ["content-length in characters"] = new(s => s.SendFrame(open, Encoding.UTF8.GetString(open).Length), "null: -32700"),
            ["content-length zero"] = new(s => s.SendFrame(open, 0), "null: -32700"),
            // A frame without a usable Content-Length is no message at all: it is logged and skipped, not answered.
            ["content-length not a number"] = new(s => s.SendRaw([.. "Content-Length: lots\r\n\r\n"u8, .. open])),
            ["content-length negative"] = new(s => s.SendRaw([.. "Content-Length: -5\r\n\r\n"u8, .. open])),
            ["no content-length header"] = new(s => s.SendRaw([.. "Content-Type: application/vscode-jsonrpc\r\n\r\n"u8, .. open])),
            ["body without any header"] = new(s => s.SendRaw(open)),
            ["non-JSON body"] = new(s => s.SendFrame("hello, server"u8.ToArray()), "null: -32700"),
            // The id was read before the JSON broke off: the answer goes to it, so the client does not wait for ever.
            ["truncated JSON"] = new(s => s.SendFrame("{\"jsonrpc\":\"2.0\",\"id\":50,\"method\":"u8.ToArray()), "50: -32700"),
            ["JSON number"] = new(s => s.Send("42"), "null: -32600"),
            ["JSON string"] = new(s => s.Send("\"initialize\""), "null: -32600"),
            ["JSON null"] = new(s => s.Send("null"), "null: -32600"),
            ["object without method or id"] = new(s => s.Send("""{"hello":"world"}"""), "null: -32600"),
            ["wrong jsonrpc version"] = new(s => s.Send("""{"jsonrpc":"1.0","id":50,"method":"textDocument/hover","params":{}}"""), "50: -32600"),
            ["method not a string"] = new(s => s.Send("""{"jsonrpc":"2.0","id":50,"method":17}"""), "50: -32600"),
            ["id an object"] = new(s => s.Send("""{"jsonrpc":"2.0","id":{"a":1},"method":"textDocument/hover"}"""), "null: -32600"),
            ["params a string"] = new(s => s.Request(50, "textDocument/hover", "\"job.md\""), "50: -32600"),
            ["initialize as a notification"] = new(s => s.Notify("initialize", """{"processId":null,"rootUri":null,"capabilities":{}}"""), "null: -32600"),
            ["answer to nothing"] = new(s => s.Send("""{"jsonrpc":"2.0","id":777,"result":{}}""")),
            // LSP has no batches: each request in one is refused with its id, its notifications are dropped.
            ["empty batch"] = new(s => s.Send("[]"), "null: -32600"),
            ["batch of requests"] = new(s => s.Send("""[{"jsonrpc":"2.0","id":51,"method":"dossier/documentInfo","params":{"textDocument":{"uri":"file:///w/a.md"}}},{"jsonrpc":"2.0","method":"initialized","params":{}},{"jsonrpc":"2.0","id":52,"method":"shutdown"},7]"""), "51: -32600", "52: -32600", "null: -32600"),
            ["unknown request"] = new(s => s.Request(50, "dossier/noSuchThing", "{}"), "50: -32601"),
            ["unknown notification"] = new(s => s.Notify("dossier/noSuchThing", "{}")),
            ["second initialize"] = new(s => s.Request(60, "initialize", """{"processId":null,"rootUri":null,"capabilities":{}}"""), "60: -32600"),
            ["hover position of strings"] = new(s => s.Request(60, "textDocument/hover", $$$"""{"textDocument":{"uri":"{{{s.DocumentUri}}}"},"position":{"line":"0","character":"x"}}"""), "60: -32602"),
            ["hover without position"] = new(s => s.Request(60, "textDocument/hover", $$$"""{"textDocument":{"uri":"{{{s.DocumentUri}}}"}}"""), "60: -32602"),
            ["hover textDocument null"] = new(s => s.Request(60, "textDocument/hover", """{"textDocument":null,"position":{"line":0,"character":0}}"""), "60: -32602"),
            ["textDocument a number"] = new(s => s.Request(60, "textDocument/completion", """{"textDocument":5,"position":{"line":0,"character":0}}"""), "60: -32602"),
            ["no params"] = new(s => s.Send("""{"jsonrpc":"2.0","id":60,"method":"textDocument/hover"}"""), "60: -32602"),
            // A string that is no URI names no open document: the answer for an unknown document.
            ["uri not a URI"] = new(s => s.Request(60, "textDocument/hover", """{"textDocument":{"uri":"::not a uri::"},"position":{"line":0,"character":0}}"""), "60: result"),
            ["didOpen text a number"] = new(s => s.Notify("textDocument/didOpen", """{"textDocument":{"uri":"file:///w/n.md","languageId":"markdown","version":1,"text":12}}""")),
            ["didOpen without params"] = new(s => s.Send("""{"jsonrpc":"2.0","method":"textDocument/didOpen"}""")),
            ["didChange for an unopened document"] = new(s => s.Notify("textDocument/didChange", """{"textDocument":{"uri":"file:///w/never.md","version":2},"contentChanges":[{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"text":"x"}]}""")),
            ["didChange range past the end"] = new(s => s.Notify("textDocument/didChange", $$$"""{"textDocument":{"uri":"{{{s.DocumentUri}}}","version":2},"contentChanges":[{"range":{"start":{"line":900,"character":5},"end":{"line":-1,"character":99999}},"text":"x"}]}""")),
            ["didChange version going back"] = new(s => s.Notify("textDocument/didChange", $$"""{"textDocument":{"uri":"{{s.DocumentUri}}","version":-4},"contentChanges":[{"text":"# T"}]}""")),
            ["didClose for an unopened document"] = new(s => s.Notify("textDocument/didClose", """{"textDocument":{"uri":"file:///w/never.md"}}""")),
            ["duplicate didOpen"] = new(s =>
            {
                s.Open("# Other text\n", version: 7);
                JsonElement published = s.Until(m => m.TryGetProperty("method", out var method) && method.GetString() == "textDocument/publishDiagnostics" && m.GetProperty("params").GetProperty("version").GetInt32() == 7, "diagnostics of the second didOpen");
                Assert.Equal(s.DocumentUri, published.GetProperty("params").GetProperty("uri").GetString());
            }),
            ["cancel of an unknown request"] = new(s => s.Notify("$/cancelRequest", """{"id":4242}""")),
            ["cancel with a string id"] = new(s => s.Notify("$/cancelRequest", """{"id":"nope"}""")),
        };
        foreach (string method in PositionRequests)
        {
            cases[$"out-of-range position in {method}"] = new(s => s.Request(60, method, DocumentParams(s.DocumentUri, """{"line":99999,"character":-3}""")), "60: result");
            cases[$"unopened document in {method}"] = new(s => s.Request(60, method, DocumentParams("file:///w/never.md", """{"line":0,"character":0}""")), "60: result");
            cases[$"cancelled {method}"] = Cancelled(method, s => DocumentParams(s.DocumentUri, """{"line":3,"character":4}"""));
        }
        foreach (string method in WorkspaceRequests)
        {
            // The client declares no workspace/applyEdit, so a command is refused (-32600) when it is not cancelled first.
            cases[$"cancelled {method}"] = Cancelled(method, s => $$"""{"query":"","previousResultIds":[],"textDocument":{"uri":"{{s.DocumentUri}}"},"command":"dossier.fixAll","arguments":["{{s.DocumentUri}}"]}""",
                method == "workspace/executeCommand" ? "-32600" : "result");
        }
        foreach (var (position, request) in StringPositions)
        {
            // Invalid UTF-8 is no JSON text; a lone surrogate is JSON, but a method, version or id that is no text is no
            // request object. Elsewhere both are replaced by U+FFFD (and logged), and the message is handled.
            bool envelope = position is "method" or "jsonrpc" or "id";
            string id = position == "id" ? "null" : "50";
            string handled = position is "member name" ? "50: -32602" : "50: result";
            cases[$"invalid UTF-8 in {position}"] = new(s => s.SendFrame(Bytes(request(InvalidUtf8), s)), envelope ? [$"{id}: -32700"] : request([]).AsSpan().IndexOf("\"id\""u8) >= 0 ? [handled] : []);
            cases[$"lone surrogate in {position}"] = new(s => s.SendFrame(Bytes(request(LoneSurrogate), s)), envelope ? [$"{id}: -32600"] : request([]).AsSpan().IndexOf("\"id\""u8) >= 0 ? [handled] : []);
        }
        return cases;
    }

    /// <summary>
    /// A request cancelled at once: the spec has it answered all the same, with its result or RequestCancelled
    /// (-32800), whichever the server reaches first.
    /// </summary>
    private static Row Cancelled(string method, Func<SpawnedServer, string> paramsJson, string uncancelled = "result") => new(s =>
    {
        s.Request(70, method, paramsJson(s));
        s.Notify("$/cancelRequest", """{"id":70}""");
    }, $"70: {uncancelled} or -32800");

    /// <summary>The body with its placeholder "URI" replaced by the open document's URI.</summary>
    private static byte[] Bytes(byte[] body, SpawnedServer server) => body.AsSpan().IndexOf("URI"u8) is int at && at >= 0
        ? [.. body[..at], .. Encoding.ASCII.GetBytes(server.DocumentUri), .. body[(at + 3)..]]
        : body;

    /// <summary>Whether <paramref name="answers"/> are the expected ones, in any order; an expected "id: a or b" takes either.</summary>
    private static bool Matches(string[] expected, List<string> answers)
    {
        var left = new List<string>(answers);
        foreach (string each in expected)
        {
            string id = each[..each.IndexOf(':')];
            if (left.FirstOrDefault(answer => each[(id.Length + 2)..].Split(" or ").Any(alternative => answer == $"{id}: {alternative}")) is not { } match)
            {
                return false;
            }
            left.Remove(match);
        }
        return left.Count == 0;
    }

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Misuse_gets_the_answer_the_spec_gives_and_the_server_keeps_serving(string name)
    {
        using var server = new SpawnedServer(dossier.Path);
        server.Initialize();
        server.Open(Dossier);
        Row row = Cases[name];
        row.Send(server);

        server.Request(100, "dossier/documentInfo", $$$"""{"textDocument":{"uri":"{{{server.DocumentUri}}}"}}""");
        List<string> answers = server.AnswersUntil([.. row.Answers.Select(answer => answer[..answer.IndexOf(':')]), "100"]);
        Assert.True(answers.Remove("100: result"), string.Join(", ", answers));
        Assert.True(Matches(row.Answers, answers), $"expected [{string.Join(", ", row.Answers)}], got [{string.Join(", ", answers)}]");
        server.Request(101, "dossier/documentInfo", $$$"""{"textDocument":{"uri":"{{{server.DocumentUri}}}"}}""");
        // An answer to the misuse that came late, or twice, would show here.
        Assert.Equal(["101: result"], server.AnswersUntil("101"));
        Assert.Equal(0, server.ShutdownAndExit());
        Assert.DoesNotContain("Unhandled", server.Stderr());
    }
}
