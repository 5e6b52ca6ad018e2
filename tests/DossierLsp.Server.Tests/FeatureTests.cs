using System.Text.Json;
using System.Text.Json.Nodes;

namespace DossierLsp.Server.Tests;

public sealed class FeatureTests
{
    private static async Task<TestClient> OpenAsync(string text = Samples.Dossier, object? capabilities = null, MemoryHost? host = null)
    {
        var client = new TestClient(new ServerOptions { Host = host ?? new MemoryHost(), Today = () => new DateOnly(2024, 6, 1) });
        await client.InitializeAsync(capabilities);
        await client.OpenAsync(Samples.Uri, text);
        return client;
    }

    private static object Doc => new { uri = Samples.Uri };

    [Fact]
    public async Task Diagnostics_are_pushed_on_open_with_version_code_source_and_docs_link()
    {
        await using var client = await OpenAsync();
        JsonElement published = await client.DiagnosticsAsync(Samples.Uri, 1);
        JsonElement status = published.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "enum-invalid");
        Assert.Equal(1, status.GetProperty("severity").GetInt32());
        Assert.Equal("dossier", status.GetProperty("source").GetString());
        Assert.EndsWith("docs/RULES.md#enum-invalid", status.GetProperty("codeDescription").GetProperty("href").GetString());
        Assert.Equal(7, status.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(26, status.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
        Assert.Equal(32, status.GetProperty("range").GetProperty("end").GetProperty("character").GetInt32());
    }

    [Fact]
    public async Task Change_republishes_and_close_clears()
    {
        await using var client = await OpenAsync();
        await client.DiagnosticsAsync(Samples.Uri, 1);
        await client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = Samples.Uri, version = 2 },
            contentChanges = new[] { new { range = new { start = new { line = 7, character = 26 }, end = new { line = 7, character = 32 } }, text = "APPLIED" } },
        });
        JsonElement after = await client.DiagnosticsAsync(Samples.Uri, 2);
        Assert.DoesNotContain(after.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "enum-invalid");
        Assert.Contains(after.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "field-required-when");
        await client.NotifyAsync("textDocument/didClose", new { textDocument = Doc });
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == Samples.Uri && p.GetProperty("diagnostics").GetArrayLength() == 0);
    }

    [Fact]
    public async Task Markdown_that_is_not_a_dossier_gets_nothing()
    {
        await using var client = new TestClient();
        await client.InitializeAsync();
        await client.OpenAsync("file:///w/README.md", "# Shopping\n\n## Job Details\n- **Application Status**: \n");
        JsonElement published = await client.DiagnosticsAsync("file:///w/README.md", 1);
        Assert.Equal(0, published.GetProperty("diagnostics").GetArrayLength());
        JsonElement completion = await client.ResultAsync("textDocument/completion", new { textDocument = new { uri = "file:///w/README.md" }, position = new { line = 3, character = 26 } });
        Assert.Equal(0, completion.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Pull_diagnostics_when_the_client_declares_them_and_no_push()
    {
        await using var client = await OpenAsync(capabilities: new { textDocument = new { diagnostic = new { dynamicRegistration = false } } });
        JsonElement report = await client.ResultAsync("textDocument/diagnostic", new { textDocument = Doc });
        Assert.Equal("full", report.GetProperty("kind").GetString());
        Assert.Contains(report.GetProperty("items").EnumerateArray(), d => d.GetProperty("code").GetString() == "enum-invalid");
        await client.ShutdownAndExitAsync();
        Assert.Empty(client.Notifications("textDocument/publishDiagnostics"));
    }

    [Fact]
    public async Task A_pulling_client_is_asked_to_pull_again_when_settings_change()
    {
        await using var client = await OpenAsync(capabilities: new
        {
            textDocument = new { diagnostic = new { } },
            workspace = new { diagnostics = new { refreshSupport = true } },
        });
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { dossier = new { profile = new { minimumSalary = 1 } } } });
        await client.ShutdownAndExitAsync();
        var refreshes = client.ServerRequests.Where(r => r.Method == "workspace/diagnostic/refresh").ToArray();
        Assert.NotEmpty(refreshes);
        // The method takes no params: none are sent (not even an empty object).
        Assert.All(refreshes, r => Assert.Equal(JsonValueKind.Undefined, r.Params.ValueKind));
    }

    [Fact]
    public async Task Status_completion_offers_every_status_as_a_text_edit_over_the_value()
    {
        await using var client = await OpenAsync();
        JsonElement list = await client.ResultAsync("textDocument/completion", new { textDocument = Doc, position = Samples.At(Samples.Dossier, "APPLID") });
        var items = list.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(["RESEARCHING", "PREPARED", "APPLIED", "SCREENING", "INTERVIEWING", "OFFER", "ACCEPTED", "REJECTED", "WITHDRAWN"], items.Select(i => i.GetProperty("label").GetString()));
        JsonElement edit = items[2].GetProperty("textEdit");
        Assert.Equal("APPLIED", edit.GetProperty("newText").GetString());
        Assert.Equal(26, edit.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
        Assert.Equal(32, edit.GetProperty("range").GetProperty("end").GetProperty("character").GetInt32());
        Assert.Equal("markdown", items[2].GetProperty("documentation").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Hover_on_salary_shows_the_annual_range()
    {
        await using var client = await OpenAsync();
        JsonElement hover = await client.ResultAsync("textDocument/hover", new { textDocument = Doc, position = Samples.At(Samples.Dossier, "$65/hr", 2) });
        Assert.Contains("$135k", hover.GetProperty("contents").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Quick_fix_for_a_misspelt_status_is_preferred_and_carries_its_diagnostic()
    {
        await using var client = await OpenAsync();
        object range = new { start = Samples.At(Samples.Dossier, "APPLID"), end = Samples.At(Samples.Dossier, "APPLID", 6) };
        JsonElement actions = await client.ResultAsync("textDocument/codeAction", new { textDocument = Doc, range, context = new { diagnostics = Array.Empty<object>() } });
        JsonElement fix = actions.EnumerateArray().Single(a => a.GetProperty("kind").GetString() == "quickfix" && a.TryGetProperty("isPreferred", out _));
        Assert.Equal("Change to 'APPLIED'", fix.GetProperty("title").GetString());
        Assert.Equal("enum-invalid", fix.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        JsonElement edit = fix.GetProperty("edit").GetProperty("changes").GetProperty(Samples.Uri)[0];
        Assert.Equal("APPLIED", edit.GetProperty("newText").GetString());
        Assert.Contains(actions.EnumerateArray(), a => a.GetProperty("kind").GetString() == "source" && a.GetProperty("title").GetString() == "Mark as applied today");
        JsonElement onlySource = await client.ResultAsync("textDocument/codeAction", new { textDocument = Doc, range, context = new { diagnostics = Array.Empty<object>(), only = new[] { "source" } } });
        Assert.All(onlySource.EnumerateArray(), a => Assert.Equal("source", a.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Symbols_folding_and_inlay_hints()
    {
        await using var client = await OpenAsync();
        JsonElement symbols = await client.ResultAsync("textDocument/documentSymbol", new { textDocument = Doc });
        JsonElement title = symbols[0];
        Assert.Equal("Job Application: Acme - Engineer", title.GetProperty("name").GetString());
        Assert.Equal(["Job Details", "Job Description", "Requirements"], title.GetProperty("children").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(7, title.GetProperty("children")[0].GetProperty("children").GetArrayLength());
        JsonElement folding = await client.ResultAsync("textDocument/foldingRange", new { textDocument = Doc });
        Assert.Equal(3, folding.GetArrayLength());
        JsonElement hints = await client.ResultAsync("textDocument/inlayHint", new { textDocument = Doc, range = new { start = new { line = 0, character = 0 }, end = new { line = 20, character = 0 } } });
        Assert.Equal(["≈ $135k–$166k/yr"], hints.EnumerateArray().Select(h => h.GetProperty("label").GetString()));
    }

    [Fact]
    public async Task Set_status_command_asks_the_client_to_apply_the_edit()
    {
        await using var client = await OpenAsync();
        client.OnServerRequest = (method, _) => method == "workspace/applyEdit" ? new JsonObject { ["applied"] = true } : null;
        await client.ResultAsync("workspace/executeCommand", new { command = "dossier.setStatus", arguments = new object[] { Samples.Uri, "interviewing" } });
        var (_, parameters) = client.ServerRequests.Single(r => r.Method == "workspace/applyEdit");
        var edits = parameters.GetProperty("edit").GetProperty("changes").GetProperty(Samples.Uri).EnumerateArray().Select(e => e.GetProperty("newText").GetString()).ToArray();
        // The posting date is ISO, so the application date is written ISO too.
        Assert.Equal(new[] { "INTERVIEWING", "2024-06-01" }, edits.Select(e => e!));
    }

    [Fact]
    public async Task Document_info_and_new_dossier_for_the_vscode_client()
    {
        await using var client = await OpenAsync();
        JsonElement info = await client.ResultAsync("dossier/documentInfo", new { textDocument = Doc });
        Assert.True(info.GetProperty("isDossier").GetBoolean());
        Assert.Equal("APPLID", info.GetProperty("status").GetString());
        Assert.Equal(9, info.GetProperty("statuses").GetArrayLength());
        Assert.False(string.IsNullOrEmpty(info.GetProperty("statuses")[0].GetProperty("description").GetString()));
        JsonElement created = await client.ResultAsync("dossier/newDossier", new { company = "Globex", position = "Data Engineer" });
        Assert.StartsWith("# Job Application: Globex - Data Engineer\n", created.GetProperty("text").GetString());
    }

    /// <summary>The status bar colours the status by this state: red for invalid, a warning colour for empty or miscased.</summary>
    [Theory]
    [InlineData("APPLID", "invalid")]
    [InlineData("applied", "miscased")]
    [InlineData("APPLIED", "valid")]
    [InlineData("", "empty")]
    public async Task Document_info_says_whether_the_status_is_valid(string status, string state)
    {
        await using var client = await OpenAsync(Samples.Dossier.Replace("**Application Status**: APPLID", $"**Application Status**: {status}"));
        JsonElement info = await client.ResultAsync("dossier/documentInfo", new { textDocument = Doc });
        Assert.Equal(state, info.GetProperty("statusState").GetString());
    }

    [Fact]
    public async Task Utf8_positions_count_bytes_after_emoji()
    {
        string text = Samples.Dossier.Replace("- **Application Status**: APPLID", "- **Application Status**: 😀 APPLID");
        await using var client = new TestClient();
        JsonElement init = await client.InitializeAsync(new { general = new { positionEncodings = new[] { "utf-8" } } });
        Assert.Equal("utf-8", init.GetProperty("capabilities").GetProperty("positionEncoding").GetString());
        await client.OpenAsync(Samples.Uri, text);
        JsonElement published = await client.DiagnosticsAsync(Samples.Uri, 1);
        JsonElement status = published.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "enum-invalid");
        // "- **Application Status**: " is 26 bytes, the emoji 4 bytes: the value starts at byte 26 and ends at 26 + 4 + 1 + 6.
        Assert.Equal(26, status.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
        Assert.Equal(37, status.GetProperty("range").GetProperty("end").GetProperty("character").GetInt32());
    }

    [Theory]
    [InlineData(new[] { "utf-16", "utf-8" }, "utf-16", 35)] // the emoji counts two units
    [InlineData(new[] { "utf-32", "utf-8", "utf-16" }, "utf-32", 34)] // Emacs' order: the emoji counts one code point
    [InlineData(new[] { "utf-8", "utf-16", "utf-32" }, "utf-8", 37)] // Neovim 0.11's order: four bytes
    public async Task The_first_encoding_the_client_lists_is_used(string[] offered, string chosen, int end)
    {
        string text = Samples.Dossier.Replace("- **Application Status**: APPLID", "- **Application Status**: 😀 APPLID");
        await using var client = new TestClient();
        JsonElement init = await client.InitializeAsync(new { general = new { positionEncodings = offered } });
        Assert.Equal(chosen, init.GetProperty("capabilities").GetProperty("positionEncoding").GetString());
        await client.OpenAsync(Samples.Uri, text);
        JsonElement status = (await client.DiagnosticsAsync(Samples.Uri, 1)).GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "enum-invalid");
        Assert.Equal(end, status.GetProperty("range").GetProperty("end").GetProperty("character").GetInt32());
    }
}
