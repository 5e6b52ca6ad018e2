using System.Text.Json;
using System.Text.Json.Nodes;
using DossierLsp.Core.Tests.Fuzz;

namespace DossierLsp.Server.Tests;

public sealed class SyncAndConfigTests
{
    private static object Doc => new { uri = Samples.Uri };

    private static string[] Codes(JsonElement published) =>
        published.GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("range").GetProperty("start").GetProperty("line")}:{d.GetProperty("range").GetProperty("start").GetProperty("character")} {d.GetProperty("code").GetString()}")
            .ToArray();

    /// <summary>
    /// Random edits (ranges never inside a surrogate pair or a CRLF, now and then a full replacement) applied by the
    /// server equal the same edits applied here, and give the diagnostics of a fresh open of the final text. Each case is
    /// a session of 120 edits from a generated seed (<see cref="FuzzCases"/>: 3 a position encoding in CI).
    /// </summary>
    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-8")]
    public Task Incremental_edits_match_a_fresh_open_of_the_final_text(string encoding) =>
        FuzzCases.CheckAsync(FuzzCases.Seeds, 3, seed => EditsMatchAFreshOpen(seed, encoding), seed => $"edit seed {seed}, {encoding}");

    private static async Task EditsMatchAFreshOpen(int seed, string encoding)
    {
        var random = new Random(seed);
        bool utf8 = encoding == "utf-8";
        await using var client = new TestClient();
        JsonElement init = await client.InitializeAsync(new { general = new { positionEncodings = new[] { encoding } } });
        Assert.Equal(encoding, init.GetProperty("capabilities").GetProperty("positionEncoding").GetString());
        string text = Samples.Dossier;
        await client.OpenAsync(Samples.Uri, text);
        string[] alphabet = ["a", " ", "\n", "- **Company**: X\n", "😀", "\r\n", "APPLIED", "## Notes\n", "é", ""];
        int version = 1;
        for (int i = 0; i < 120; i++)
        {
            // Pick a range by offsets (never inside a surrogate pair or a CRLF), express it as LSP positions.
            int start = random.Next(text.Length + 1), end = Math.Min(text.Length, start + random.Next(6));
            while (start > 0 && start < text.Length && (char.IsLowSurrogate(text[start]) || (text[start] == '\n' && text[start - 1] == '\r'))) start--;
            while (end > 0 && end < text.Length && (char.IsLowSurrogate(text[end]) || (text[end] == '\n' && text[end - 1] == '\r'))) end++;
            end = Math.Max(start, end);
            string insert = alphabet[random.Next(alphabet.Length)];
            var change = new { range = new { start = Position(text, start, utf8), end = Position(text, end, utf8) }, text = insert };
            text = string.Concat(text.AsSpan(0, start), insert, text.AsSpan(end));
            // Now and then several changes in one notification, and now and then a full replacement.
            object[] changes = random.Next(10) == 0 ? [new { text }] : [change];
            await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Samples.Uri, version = ++version }, contentChanges = changes });
        }
        JsonElement edited = await client.DiagnosticsAsync(Samples.Uri, version);
        Assert.Equal(text, client.ServerInstance().Documents.Get(Samples.Uri)!.Text.Text);

        await client.OpenAsync("file:///w/jobs/fresh.md", text);
        JsonElement fresh = await client.DiagnosticsAsync("file:///w/jobs/fresh.md", 1);
        Assert.Equal(Codes(fresh), Codes(edited));
    }

    /// <summary>The LSP position of an offset, its column in UTF-16 units or UTF-8 bytes.</summary>
    private static object Position(string text, int offset, bool utf8)
    {
        int line = 0, lineStart = 0;
        for (int i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }
        return new { line, character = utf8 ? System.Text.Encoding.UTF8.GetByteCount(text.AsSpan(lineStart, offset - lineStart)) : offset - lineStart };
    }

    [Fact]
    public async Task Settings_are_pulled_after_initialized_and_again_on_change()
    {
        decimal minimum = 300000;
        await using var client = new TestClient();
        client.OnServerRequest = (method, _) => method == "workspace/configuration"
            ? new JsonArray(new JsonObject { ["profile"] = new JsonObject { ["minimumSalary"] = minimum } })
            : null;
        await client.InitializeAsync(new { workspace = new { configuration = true } });
        await client.OpenAsync(Samples.Uri, Samples.Dossier);
        // The open may be published before the settings arrive; the settings then re-validate it.
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => Codes(p).Any(c => c.EndsWith("salary-below-minimum", StringComparison.Ordinal)));

        minimum = 100000;
        int seen = client.NotificationCount;
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = (object?)null });
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == Samples.Uri && !Codes(p).Any(c => c.EndsWith("salary-below-minimum", StringComparison.Ordinal)), seen);
        Assert.Equal(2, client.ServerRequests.Count(r => r.Method == "workspace/configuration"));
    }

    [Fact]
    public async Task Initialization_options_hold_for_a_client_that_neither_answers_nor_pushes_settings()
    {
        await using var client = new TestClient();
        await client.InitializeAsync(initializationOptions: new { profile = new { minimumSalary = 300000 } });
        await client.OpenAsync(Samples.Uri, Samples.Dossier);
        Assert.Contains(Codes(await client.DiagnosticsAsync(Samples.Uri, 1)), c => c.EndsWith("salary-below-minimum", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Null_configuration_answers_and_pushed_settings_are_coped_with()
    {
        await using var client = new TestClient();
        client.OnServerRequest = (_, _) => new JsonArray((JsonNode?)null); // eglot with no settings for the section
        await client.InitializeAsync(new { workspace = new { configuration = true } });
        await client.OpenAsync(Samples.Uri, Samples.Dossier);
        await client.DiagnosticsAsync(Samples.Uri, 1);

        await using var pushed = new TestClient();
        await pushed.InitializeAsync();
        await pushed.OpenAsync(Samples.Uri, Samples.Dossier);
        await pushed.DiagnosticsAsync(Samples.Uri, 1);
        int seen = pushed.NotificationCount;
        await pushed.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { dossier = new { profile = new { minimumSalary = 300000 }, rules = new Dictionary<string, string> { ["enum-invalid"] = "off" } } } });
        JsonElement after = await pushed.WaitForNotificationAsync("textDocument/publishDiagnostics", p => Codes(p).Any(c => c.EndsWith("salary-below-minimum", StringComparison.Ordinal)), seen);
        Assert.DoesNotContain(Codes(after), c => c.EndsWith("enum-invalid", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Config_file_changes_revalidate_and_a_watcher_is_registered_when_the_client_allows()
    {
        var host = new MemoryHost(new() { ["/w/dossier.config.yaml"] = "profile:\n  minimumSalary: 300000\n" });
        await using var client = new TestClient(new ServerOptions { Host = host });
        await client.InitializeAsync(new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } } });
        await client.OpenAsync(Samples.Uri, Samples.Dossier);
        Assert.Contains(Codes(await client.DiagnosticsAsync(Samples.Uri, 1)), c => c.EndsWith("salary-below-minimum", StringComparison.Ordinal));
        var (_, registration) = client.ServerRequests.Single(r => r.Method == "client/registerCapability");
        Assert.Equal("workspace/didChangeWatchedFiles", registration.GetProperty("registrations")[0].GetProperty("method").GetString());

        host.Files["/w/dossier.config.yaml"] = "profile:\n  minimumSalary: 100000\n";
        int seen = client.NotificationCount;
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = "file:///w/dossier.config.yaml", type = 2 } } });
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == Samples.Uri && !Codes(p).Any(c => c.EndsWith("salary-below-minimum", StringComparison.Ordinal)), seen);
    }

    [Fact]
    public async Task No_watcher_is_registered_without_dynamic_registration_and_a_refused_one_does_not_hold_up_settings()
    {
        await using var plain = new TestClient();
        await plain.InitializeAsync(new { workspace = new { configuration = true } });
        await plain.ShutdownAndExitAsync();
        Assert.DoesNotContain(plain.ServerRequests, r => r.Method == "client/registerCapability");
        Assert.Contains(plain.ServerRequests, r => r.Method == "workspace/configuration");

        await using var refusing = new TestClient();
        refusing.RefuseServerRequests.Add("client/registerCapability");
        refusing.OnServerRequest = (method, _) => method == "workspace/configuration"
            ? new JsonArray(new JsonObject { ["profile"] = new JsonObject { ["minimumSalary"] = 300000 } })
            : null;
        await refusing.InitializeAsync(new { workspace = new { configuration = true, didChangeWatchedFiles = new { dynamicRegistration = true } } });
        await refusing.OpenAsync(Samples.Uri, Samples.Dossier);
        await refusing.WaitForNotificationAsync("textDocument/publishDiagnostics", p => Codes(p).Any(c => c.EndsWith("salary-below-minimum", StringComparison.Ordinal)));
        JsonElement log = await refusing.WaitForNotificationAsync("window/logMessage", p => p.GetProperty("message").GetString()!.Contains("watch"));
        Assert.Equal(1, log.GetProperty("type").GetInt32());
    }

    [Fact]
    public async Task A_broken_config_is_reported_in_the_config_file_and_logged_without_a_toast()
    {
        var host = new MemoryHost(new() { ["/w/dossier.config.yaml"] = "profile:\n  minimumSalry: 1\n" });
        await using var client = new TestClient(new ServerOptions { Host = host });
        await client.InitializeAsync();
        await client.OpenAsync(Samples.Uri, Samples.Dossier);
        JsonElement inConfig = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == "file:///w/dossier.config.yaml");
        Assert.Equal(1, inConfig.GetProperty("diagnostics")[0].GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Contains(client.Notifications("window/logMessage"), m => m.GetProperty("message").GetString()!.Contains("minimumSalry"));

        host.Files["/w/dossier.config.yaml"] = "profile:\n  minimumSalary: 1\n";
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = "file:///w/dossier.config.yaml", type = 2 } } });
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == "file:///w/dossier.config.yaml" && p.GetProperty("diagnostics").GetArrayLength() == 0);
        // Problems lists the error; a toast would only repeat it.
        Assert.Empty(client.Notifications("window/showMessage"));
    }

    [Theory]
    [InlineData("utf-16", 28)]
    [InlineData("utf-8", 31)] // é is 2 bytes, 😀 4
    [InlineData("utf-32", 27)]
    public async Task Config_error_columns_are_in_the_negotiated_encoding(string encoding, int column)
    {
        // "minimumSalry" starts at UTF-16 column 28 (0-based), after é and 😀 on the same line.
        var host = new MemoryHost(new() { ["/w/dossier.config.yaml"] = "profile: { currency: \"é😀\", minimumSalry: 1 }\n" });
        await using var client = new TestClient(new ServerOptions { Host = host });
        await client.InitializeAsync(new { general = new { positionEncodings = new[] { encoding } } });
        await client.OpenAsync(Samples.Uri, Samples.Dossier);
        JsonElement inConfig = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == "file:///w/dossier.config.yaml");
        JsonElement unknown = inConfig.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("message").GetString()!.Contains("minimumSalry"));
        Assert.Equal(column, unknown.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
    }

    [Fact]
    public async Task Editor_settings_override_the_config_files_profile()
    {
        var host = new MemoryHost(new() { ["/w/dossier.config.yaml"] = "profile:\n  minimumSalary: 300000\n" });
        JsonNode? settings = null;
        await using var client = new TestClient(new ServerOptions { Host = host });
        client.OnServerRequest = (method, _) => method == "workspace/configuration" ? new JsonArray(settings?.DeepClone()) : null;
        await client.InitializeAsync(new { workspace = new { configuration = true } });
        await client.OpenAsync(Samples.Uri, Samples.Dossier);
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => Codes(p).Any(c => c.EndsWith("salary-below-minimum", StringComparison.Ordinal)));

        settings = new JsonObject { ["profile"] = new JsonObject { ["minimumSalary"] = 100000 } };
        int seen = client.NotificationCount;
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { dossier = settings } });
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => !Codes(p).Any(c => c.EndsWith("salary-below-minimum", StringComparison.Ordinal)), seen);
    }
}
