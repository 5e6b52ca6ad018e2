using System.Text;
using System.Text.Json;

namespace DossierLsp.Server.Tests;

/// <summary>Frames with bad text or a wrong Content-Length cost at most that one message, never the connection.</summary>
public sealed class TransportRepairTests
{
    private static readonly byte[] InvalidUtf8 = [0xC3, 0x28];

    /// <summary>A hover request whose <paramref name="position"/> (method, jsonrpc or id) holds text that is not valid.</summary>
    private static byte[] Request(string position, byte[] bad) => position switch
    {
        "method" => [.. "{\"jsonrpc\":\"2.0\",\"id\":41,\"method\":\"text"u8, .. bad, .. "\",\"params\":{}}"u8],
        "jsonrpc" => [.. "{\"jsonrpc\":\"2."u8, .. bad, .. "\",\"id\":41,\"method\":\"shutdown\"}"u8],
        _ => [.. "{\"jsonrpc\":\"2.0\",\"id\":\"r"u8, .. bad, .. "\",\"method\":\"shutdown\"}"u8],
    };

    [Theory]
    [InlineData("method", false)]
    [InlineData("jsonrpc", false)]
    [InlineData("id", false)]
    [InlineData("method", true)]
    [InlineData("jsonrpc", true)]
    [InlineData("id", true)]
    public async Task Bad_text_in_the_envelope_is_refused_and_the_server_keeps_serving(string position, bool loneSurrogate)
    {
        await using var client = new TestClient();
        await client.InitializeAsync();
        int before = client.NotificationCount;
        Task<JsonElement> answer = client.ExpectAnswerAsync(41);
        await client.SendRawAsync(Request(position, loneSurrogate ? "\\ud800"u8.ToArray() : InvalidUtf8));

        JsonElement log = await client.WaitForNotificationAsync("window/logMessage", p => p.GetProperty("message").GetString()!.Contains("malformed"), before);
        Assert.Contains($"\"{position}\" is not valid text", log.GetProperty("message").GetString());
        if (position != "id")
        {
            // Invalid UTF-8 is no JSON text (Parse error); a lone surrogate is JSON but no method or version (Invalid Request).
            Assert.Equal(loneSurrogate ? -32600 : -32700, (await answer).GetProperty("error").GetProperty("code").GetInt32());
        }
        JsonElement info = await client.ResultAsync("dossier/documentInfo", new { textDocument = new { uri = "file:///w/other.md" } });
        Assert.Equal(JsonValueKind.Object, info.ValueKind);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Theory]
    [InlineData(-7)] // too short
    [InlineData(+9)] // too long: runs into the next frame's header
    [InlineData(0)] // counted in characters, not bytes
    public async Task A_wrong_content_length_costs_one_message_and_the_next_is_answered(int error)
    {
        await using var client = new TestClient();
        await client.InitializeAsync();
        string text = Samples.Dossier.Replace("Build things.", "Build things in Zürich — naïve café.");
        var unescaped = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        byte[] open = JsonSerializer.SerializeToUtf8Bytes(new { jsonrpc = "2.0", method = "textDocument/didOpen", @params = new { textDocument = new { uri = Samples.Uri, languageId = "markdown", version = 1, text } } }, unescaped);
        long declared = error == 0 ? Encoding.UTF8.GetString(open).Length : open.Length + error;
        Assert.NotEqual(open.Length, declared);
        await client.SendRawAsync(open, declared);

        // The next requests are answered, whatever became of the broken one.
        for (int i = 0; i < 3; i++)
        {
            JsonElement info = await client.ResultAsync("dossier/documentInfo", new { textDocument = new { uri = "file:///w/other.md" } });
            Assert.Equal(JsonValueKind.Object, info.ValueKind);
        }
        await client.OpenAsync("file:///w/jobs/b.md", Samples.Dossier);
        await client.DiagnosticsAsync("file:///w/jobs/b.md", 1);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task A_document_with_a_lone_surrogate_is_logged_and_analysed_as_decoded()
    {
        await using var client = new TestClient();
        await client.InitializeAsync();
        string body = JsonSerializer.Serialize(new { jsonrpc = "2.0", method = "textDocument/didOpen", @params = new { textDocument = new { uri = Samples.Uri, languageId = "markdown", version = 1, text = Samples.Dossier.Replace("Build things.", "Build LONE things.") } } });
        await client.SendRawAsync(Encoding.UTF8.GetBytes(body.Replace("LONE", "\\ud800")));

        JsonElement log = await client.WaitForNotificationAsync("window/logMessage", p => p.GetProperty("message").GetString()!.Contains("surrogate"));
        Assert.Contains("U+FFFD", log.GetProperty("message").GetString());
        JsonElement diagnostics = await client.DiagnosticsAsync(Samples.Uri, 1);
        Assert.Contains(diagnostics.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "enum-invalid");
    }
}
