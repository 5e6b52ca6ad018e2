using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace DossierLsp.Cli.Tests;

/// <summary>The published `dossier lsp` over real pipes: a whole session from initialize to exit.</summary>
[Collection(PublishedDossierCollection.Name)]
public sealed class LspEndToEndTests(PublishedDossier dossier)
{
    private static void Send(Stream stdin, string json)
    {
        byte[] body = Encoding.UTF8.GetBytes(json);
        stdin.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        stdin.Write(body);
        stdin.Flush();
    }

    private static JsonElement Receive(Stream stdout)
    {
        var header = new StringBuilder();
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            int b = stdout.ReadByte();
            Assert.True(b >= 0, "the server closed its output");
            header.Append((char)b);
        }
        int length = int.Parse(header.ToString().Split("\r\n")[0].Split(':')[1].Trim());
        byte[] body = new byte[length];
        stdout.ReadExactly(body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static JsonElement ReceiveUntil(Stream stdout, Func<JsonElement, bool> match)
    {
        for (int i = 0; i < 100; i++)
        {
            JsonElement message = Receive(stdout);
            if (match(message))
            {
                return message;
            }
        }
        throw new InvalidOperationException("the expected message did not come");
    }

    [Fact]
    public void A_session_over_stdio_publishes_diagnostics_and_exits_with_0()
    {
        string folder = Directory.CreateTempSubdirectory("dossier-lsp-").FullName;
        try
        {
            var start = new ProcessStartInfo(dossier.Path) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
            start.ArgumentList.Add("lsp");
            start.ArgumentList.Add("--stdio");
            start.Environment["XDG_CONFIG_HOME"] = Path.Combine(folder, ".none");
            using Process server = Process.Start(start)!;
            Stream stdin = server.StandardInput.BaseStream, stdout = server.StandardOutput.BaseStream;
            string uri = new Uri(Path.Combine(folder, "job.md")).AbsoluteUri;
            string text = JsonSerializer.Serialize("# Job Application: A - B\n\n## Job Details\n- **Company**: A\n- **Position**: B\n- **Application Status**: APPLID\n");

            Send(stdin, """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}""");
            JsonElement initialized = ReceiveUntil(stdout, m => m.TryGetProperty("id", out var id) && id.GetInt32() == 1);
            Assert.Equal("dossier-lsp", initialized.GetProperty("result").GetProperty("serverInfo").GetProperty("name").GetString());
            Assert.Equal(dossier.Dossier(folder, "--version").Stdout.Trim(), initialized.GetProperty("result").GetProperty("serverInfo").GetProperty("version").GetString());
            Send(stdin, """{"jsonrpc":"2.0","method":"initialized","params":{}}""");
            Send(stdin, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"" + uri + "\",\"languageId\":\"markdown\",\"version\":1,\"text\":" + text + "}}}");
            JsonElement published = ReceiveUntil(stdout, m => m.TryGetProperty("method", out var method) && method.GetString() == "textDocument/publishDiagnostics");
            Assert.Contains(published.GetProperty("params").GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "enum-invalid");

            Send(stdin, """{"jsonrpc":"2.0","id":2,"method":"shutdown"}""");
            ReceiveUntil(stdout, m => m.TryGetProperty("id", out var id) && id.GetInt32() == 2);
            Send(stdin, """{"jsonrpc":"2.0","method":"exit"}""");
            Assert.True(server.WaitForExit(TimeSpan.FromSeconds(20)), "the server did not exit");
            Assert.Equal(0, server.ExitCode);
            Assert.Equal("", server.StandardError.ReadToEnd());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
