using System.Text.Json;
using System.Text.Json.Nodes;

namespace DossierLsp.Server.Tests;

/// <summary>Each feature degrades to what the client declares (issue 9): one test per capability.</summary>
public sealed class ClientCapabilityTests
{
    private static object Doc => new { uri = Samples.Uri };

    private static async Task<TestClient> OpenAsync(JsonObject capabilities, string text = Samples.Dossier, MemoryHost? host = null)
    {
        var client = new TestClient(new ServerOptions { Host = host ?? new MemoryHost(), Today = () => new DateOnly(2024, 6, 1) });
        await client.InitializeAsync(capabilities);
        await client.OpenAsync(Samples.Uri, text);
        return client;
    }

    /// <summary>The full client's capabilities with one changed: <paramref name="edit"/> gets the root.</summary>
    private static JsonObject Full(Action<JsonObject> edit)
    {
        JsonObject capabilities = TestClient.FullCapabilities();
        edit(capabilities);
        return capabilities;
    }

    private static JsonObject CompletionItem(JsonObject c) => c["textDocument"]!["completion"]!["completionItem"]!.AsObject();

    private static async Task<JsonElement[]> CompleteAsync(TestClient client, string text, string at, int delta = 0) =>
        (await client.ResultAsync("textDocument/completion", new { textDocument = Doc, position = Samples.At(text, at, delta) })).GetProperty("items").EnumerateArray().ToArray();

    /// <summary>The sample with its status line emptied to "- ", where field names complete.</summary>
    private static readonly string FieldLine = Samples.Dossier.Replace("- **Application Status**: APPLID\n", "- \n");

    private static readonly string LocationLine = Samples.Dossier.Replace("- **Location**: Remote - US\n", "- \n");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Field_completion_is_a_snippet_only_for_a_client_with_snippet_support(bool snippets)
    {
        await using var client = await OpenAsync(Full(c => CompletionItem(c)["snippetSupport"] = snippets), FieldLine);
        JsonElement status = (await CompleteAsync(client, FieldLine, "- \n", 2)).Single(i => i.GetProperty("label").GetString() == "Application Status");
        string newText = status.GetProperty("textEdit").GetProperty("newText").GetString()!;
        Assert.Equal(snippets ? 2 : 1, status.GetProperty("insertTextFormat").GetInt32());
        Assert.Equal(snippets ? "**Application Status**: ${1|RESEARCHING,PREPARED,APPLIED,SCREENING,INTERVIEWING,OFFER,ACCEPTED,REJECTED,WITHDRAWN|}" : "**Application Status**: ", newText);
    }

    [Fact]
    public async Task Section_completion_without_snippet_support_inserts_the_plain_template()
    {
        string text = Samples.Dossier + "## \n";
        await using var client = await OpenAsync(Full(c => CompletionItem(c)["snippetSupport"] = false), text);
        JsonElement notes = (await CompleteAsync(client, text, "## \n", 3)).Single(i => i.GetProperty("label").GetString() == "Notes");
        Assert.Equal(1, notes.GetProperty("insertTextFormat").GetInt32());
        Assert.Equal("## Notes\n- ", notes.GetProperty("textEdit").GetProperty("newText").GetString());
    }

    [Theory]
    [InlineData(null, JsonValueKind.String, null)] // Emacs declares no format: a plain string
    [InlineData("plaintext", JsonValueKind.Object, "plaintext")]
    [InlineData("markdown", JsonValueKind.Object, "markdown")]
    public async Task Completion_documentation_comes_in_a_format_the_client_lists(string? format, JsonValueKind shape, string? kind)
    {
        await using var client = await OpenAsync(Full(c =>
        {
            if (format is null) CompletionItem(c).Remove("documentationFormat");
            else CompletionItem(c)["documentationFormat"] = new JsonArray(format);
        }), LocationLine);
        JsonElement location = (await CompleteAsync(client, LocationLine, "- \n", 2)).Single(i => i.GetProperty("label").GetString() == "Location");
        JsonElement documentation = location.GetProperty("documentation");
        Assert.Equal(shape, documentation.ValueKind);
        string value = shape == JsonValueKind.String ? documentation.GetString()! : documentation.GetProperty("value").GetString()!;
        if (kind is not null)
        {
            Assert.Equal(kind, documentation.GetProperty("kind").GetString());
        }
        // The description holds `Remote - US` in code marks: kept for Markdown, dropped for plain text.
        Assert.Equal(kind == "markdown", value.Contains('`'));
    }

    [Theory]
    [InlineData(null, 12)] // no valueSet: only the base kinds 1-18, so EnumMember (20) becomes Value (12)
    [InlineData(new[] { 1, 12, 20 }, 20)]
    [InlineData(new[] { 1 }, 1)]
    [InlineData(new[] { 5 }, null)] // nothing fitting: no kind at all
    public async Task Completion_item_kinds_are_among_those_the_client_lists(int[]? valueSet, int? kind)
    {
        await using var client = await OpenAsync(Full(c =>
        {
            if (valueSet is not null) c["textDocument"]!["completion"]!.AsObject()["completionItemKind"] = new JsonObject { ["valueSet"] = new JsonArray(valueSet.Select(v => JsonValue.Create(v)).ToArray<JsonNode?>()) };
        }));
        JsonElement[] items = await CompleteAsync(client, Samples.Dossier, "APPLID");
        Assert.All(items, i => Assert.Equal(kind, i.TryGetProperty("kind", out JsonElement k) ? k.GetInt32() : null));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_next_status_is_preselected_only_for_a_client_with_preselect_support(bool preselect)
    {
        await using var client = await OpenAsync(Full(c => CompletionItem(c)["preselectSupport"] = preselect));
        JsonElement[] items = await CompleteAsync(client, Samples.Dossier, "APPLID");
        string[] preselected = items.Where(i => i.TryGetProperty("preselect", out JsonElement p) && p.GetBoolean()).Select(i => i.GetProperty("label").GetString()!).ToArray();
        Assert.Equal(preselect ? ["RESEARCHING"] : [], preselected);
    }

    [Theory]
    [InlineData(null, JsonValueKind.String)]
    [InlineData("plaintext", JsonValueKind.Object)]
    public async Task Hover_without_markdown_in_content_format_is_plain_text(string? format, JsonValueKind shape)
    {
        await using var client = await OpenAsync(Full(c =>
        {
            if (format is null) c["textDocument"]!.AsObject().Remove("hover");
            else c["textDocument"]!["hover"]!["contentFormat"] = new JsonArray(format);
        }));
        JsonElement contents = (await client.ResultAsync("textDocument/hover", new { textDocument = Doc, position = Samples.At(Samples.Dossier, "$65") })).GetProperty("contents");
        Assert.Equal(shape, contents.ValueKind);
        string text = shape == JsonValueKind.String ? contents.GetString()! : contents.GetProperty("value").GetString()!;
        Assert.Contains("a year", text);
        Assert.DoesNotContain("**", text);
    }

    [Fact]
    public async Task Without_code_action_literals_actions_are_commands_that_apply_their_edit_through_apply_edit()
    {
        await using var client = await OpenAsync(Full(c => c["textDocument"]!["codeAction"]!.AsObject().Remove("codeActionLiteralSupport")));
        client.OnServerRequest = (method, _) => method == "workspace/applyEdit" ? new JsonObject { ["applied"] = true } : null;
        object at = Samples.At(Samples.Dossier, "APPLID");
        JsonElement actions = await client.ResultAsync("textDocument/codeAction", new { textDocument = Doc, range = new { start = at, end = at }, context = new { diagnostics = Array.Empty<object>() } });
        JsonElement fix = actions.EnumerateArray().First(a => a.GetProperty("title").GetString() == "Change to 'APPLIED'");
        Assert.Equal("dossier.applyEdit", fix.GetProperty("command").GetString());
        Assert.False(fix.TryGetProperty("edit", out _));

        await client.ResultAsync("workspace/executeCommand", new { command = fix.GetProperty("command").GetString(), arguments = fix.GetProperty("arguments") });
        var (_, parameters) = client.ServerRequests.Single(r => r.Method == "workspace/applyEdit");
        Assert.Equal("APPLIED", parameters.GetProperty("edit").GetProperty("changes").GetProperty(Samples.Uri)[0].GetProperty("newText").GetString());
    }

    [Fact]
    public async Task Without_literals_or_apply_edit_no_action_is_offered_and_commands_that_edit_say_why_they_cannot()
    {
        await using var client = await OpenAsync(Full(c =>
        {
            c["textDocument"]!["codeAction"]!.AsObject().Remove("codeActionLiteralSupport");
            c["workspace"]!.AsObject().Remove("applyEdit");
            c.Remove("window");
        }));
        object at = Samples.At(Samples.Dossier, "APPLID");
        JsonElement actions = await client.ResultAsync("textDocument/codeAction", new { textDocument = Doc, range = new { start = at, end = at }, context = new { diagnostics = Array.Empty<object>() } });
        Assert.Equal(0, actions.GetArrayLength());
        JsonElement refused = await client.RequestAsync("workspace/executeCommand", new { command = "dossier.setStatus", arguments = new object[] { Samples.Uri, "APPLIED" } });
        Assert.Contains("applyEdit", refused.GetProperty("error").GetProperty("message").GetString());
        Assert.DoesNotContain(client.ServerRequests, r => r.Method == "workspace/applyEdit");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Diagnostics_carry_a_code_description_only_for_a_client_that_supports_it(bool supported)
    {
        await using var client = await OpenAsync(Full(c => c["textDocument"]!["publishDiagnostics"]!["codeDescriptionSupport"] = supported));
        JsonElement[] diagnostics = (await client.DiagnosticsAsync(Samples.Uri, 1)).GetProperty("diagnostics").EnumerateArray().ToArray();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(supported, d.TryGetProperty("codeDescription", out _)));
        // relatedInformation and tags are never sent, so clients without relatedInformation or tagSupport get none.
        Assert.All(diagnostics, d => Assert.False(d.TryGetProperty("relatedInformation", out _) || d.TryGetProperty("tags", out _)));
    }

    [Fact]
    public async Task A_duplicate_names_the_other_file_in_its_message_without_related_information_for_a_client_without_it()
    {
        MemoryHost host = WorkspaceSamples.Workspace();
        host.Files["/w/jobs/acme-again.md"] = WorkspaceSamples.Dossier("Acme");
        await using var client = await WorkspaceSamples.StartAsync(host, new { textDocument = new { diagnostic = new { } }, window = new { workDoneProgress = true } });
        await WorkspaceSamples.IndexedAsync(client);
        JsonElement report = (await client.ResultAsync("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() })).GetProperty("items")
            .EnumerateArray().Single(r => r.GetProperty("uri").GetString() == "file:///w/jobs/acme-again.md");
        JsonElement duplicate = report.GetProperty("items").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "duplicate-application");
        Assert.Contains("acme.md", duplicate.GetProperty("message").GetString());
        Assert.False(duplicate.TryGetProperty("relatedInformation", out _));
        // No finding deserves a tag (nothing deprecated, nothing unnecessary), so none is sent to any client.
        Assert.False(duplicate.TryGetProperty("tags", out _));
    }

    [Fact]
    public async Task Code_action_literals_carry_their_edit_inline_for_a_client_without_resolve_support()
    {
        await using var client = await OpenAsync(TestClient.FullCapabilities());
        object at = Samples.At(Samples.Dossier, "APPLID");
        JsonElement actions = await client.ResultAsync("textDocument/codeAction", new { textDocument = Doc, range = new { start = at, end = at }, context = new { diagnostics = Array.Empty<object>() } });
        Assert.All(actions.EnumerateArray().Where(a => !a.TryGetProperty("command", out _)), a => Assert.True(a.TryGetProperty("edit", out _)));
    }
}
