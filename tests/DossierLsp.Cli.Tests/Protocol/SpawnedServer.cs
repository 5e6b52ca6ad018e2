using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace DossierLsp.Cli.Tests.Protocol;

/// <summary>
/// A published `dossier lsp --stdio` over real pipes, with a reader thread that queues every message it sends.
/// The waits are hang guards only: a healthy server answers in milliseconds.
/// </summary>
internal sealed class SpawnedServer : IDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly BlockingCollection<JsonElement> _messages = [];
    private readonly Task<string> _stderr;
    private readonly string _folder;
    private readonly Queue<string> _lastSeen = new();

    public SpawnedServer(string exe)
    {
        _folder = Directory.CreateTempSubdirectory("dossier-misuse-").FullName;
        var start = new ProcessStartInfo(exe) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _folder };
        start.ArgumentList.Add("lsp");
        start.ArgumentList.Add("--stdio");
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(_folder, ".none");
        start.Environment.Remove("DOSSIER_PROFILE");
        _process = Process.Start(start)!;
        _stderr = _process.StandardError.ReadToEndAsync();
        Stream stdout = _process.StandardOutput.BaseStream;
        new Thread(() => ReadAll(stdout)) { IsBackground = true }.Start();
        DocumentUri = new Uri(Path.Combine(_folder, "job.md")).AbsoluteUri;
    }

    public string DocumentUri { get; }

    public Stream Input => _process.StandardInput.BaseStream;

    public int ProcessId => _process.Id;

    public void SendRaw(byte[] bytes)
    {
        Input.Write(bytes);
        Input.Flush();
    }

    /// <summary>One frame whose header declares <paramref name="declaredLength"/> (the true byte count by default).</summary>
    public void SendFrame(byte[] body, long? declaredLength = null) =>
        SendRaw([.. Encoding.ASCII.GetBytes($"Content-Length: {declaredLength ?? body.Length}\r\n\r\n"), .. body]);

    public void Send(string json) => SendFrame(Encoding.UTF8.GetBytes(json));

    public void Request(int id, string method, string paramsJson) =>
        Send($$"""{"jsonrpc":"2.0","id":{{id}},"method":"{{method}}","params":{{paramsJson}}}""");

    public void Notify(string method, string paramsJson) =>
        Send($$"""{"jsonrpc":"2.0","method":"{{method}}","params":{{paramsJson}}}""");

    public void Initialize()
    {
        Request(1, "initialize", """{"processId":null,"rootUri":null,"capabilities":{}}""");
        AnswerTo(1);
        Notify("initialized", "{}");
    }

    public void Open(string text, int version = 1) =>
        Notify("textDocument/didOpen", $$$"""{"textDocument":{"uri":"{{{DocumentUri}}}","languageId":"markdown","version":{{{version}}},"text":{{{JsonSerializer.Serialize(text)}}}}}""");

    /// <summary>The next message matching <paramref name="match"/>; fails when the server ends or stops talking.</summary>
    public JsonElement Until(Func<JsonElement, bool> match, string what)
    {
        while (true)
        {
            if (!_messages.TryTake(out JsonElement message, HangGuard))
            {
                Assert.Fail((_messages.IsCompleted ? $"the server ended before {what}; stderr: {Stderr()}" : $"no {what} within the hang guard")
                    + "; the last messages: " + string.Join("\n", _lastSeen));
            }
            _lastSeen.Enqueue(message.ToString() is { Length: > 300 } long_ ? long_[..300] : message.ToString());
            if (_lastSeen.Count > 5)
            {
                _lastSeen.Dequeue();
            }
            if (match(message))
            {
                return message;
            }
        }
    }

    public JsonElement AnswerTo(int id) =>
        Until(m => !m.TryGetProperty("method", out _) && m.TryGetProperty("id", out JsonElement got) && got.ValueKind == JsonValueKind.Number && got.GetInt32() == id, $"an answer to request {id}");

    /// <summary>
    /// The server's answers (not its requests or notifications), as "id: result" or "id: error code" in the order they
    /// came, until each of <paramref name="ids"/> (JSON ids: "7", "null") has one. Requests run concurrently, so their
    /// answers may come in any order.
    /// </summary>
    public List<string> AnswersUntil(params string[] ids)
    {
        var answers = new List<string>();
        Until(m =>
        {
            if (m.TryGetProperty("method", out _))
            {
                return false;
            }
            answers.Add($"{m.GetProperty("id").GetRawText()}: {(m.TryGetProperty("error", out JsonElement error) ? error.GetProperty("code").GetInt32() : "result")}");
            return ids.All(id => answers.Any(answer => answer.StartsWith(id + ": ", StringComparison.Ordinal)));
        }, $"answers to {string.Join(", ", ids)}");
        return answers;
    }

    /// <summary>Ends the session per the spec and returns the exit code.</summary>
    public int ShutdownAndExit()
    {
        Request(9000, "shutdown", "null");
        AnswerTo(9000);
        Notify("exit", "null");
        return WaitForExit();
    }

    public int WaitForExit()
    {
        Assert.True(_process.WaitForExit(HangGuard), "the server did not end");
        return _process.ExitCode;
    }

    public string Stderr() => _process.HasExited && _stderr.Wait(HangGuard) ? _stderr.Result : "(still running)";

    private void ReadAll(Stream stdout)
    {
        try
        {
            while (ReadHeader(stdout) is int length)
            {
                byte[] body = new byte[length];
                stdout.ReadExactly(body);
                _messages.Add(JsonDocument.Parse(body).RootElement.Clone());
            }
        }
        catch (EndOfStreamException)
        {
        }
        finally
        {
            _messages.CompleteAdding();
        }
    }

    private static int? ReadHeader(Stream stdout)
    {
        int? length = null;
        var line = new StringBuilder();
        while (true)
        {
            int b = stdout.ReadByte();
            if (b < 0)
            {
                return null;
            }
            if (b != '\n')
            {
                line.Append((char)b);
                continue;
            }
            string text = line.ToString().TrimEnd('\r');
            line.Clear();
            if (text.Length == 0)
            {
                return length;
            }
            if (text.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(text["Content-Length:".Length..].Trim());
            }
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
