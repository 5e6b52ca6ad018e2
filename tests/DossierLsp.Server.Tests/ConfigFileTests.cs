using System.Text.Json;
using System.Text.Json.Nodes;
using DossierLsp.Core.Config;

namespace DossierLsp.Server.Tests;

/// <summary>
/// dossier.config.yaml gets completion, hover and "did you mean" from the server itself (issue 9), degraded per
/// client like every other feature, and its errors stay the configuration check's.
/// </summary>
public sealed class ConfigFileTests
{
    private const string ConfigUri = "file:///w/dossier.config.yaml";
    private const string Config = "profile:\n  minimumSalary: 120000\n  \nrules:\n  salary-missing: warnig\nexlude: [drafts/**]\n";

    private static object Doc => new { uri = ConfigUri };

    /// <summary>Capabilities of the clients users have: VS Code; Neovim before 0.11 and Emacs eglot without a snippet plugin.</summary>
    public static TheoryData<string> Clients() => new("vscode", "neovim-no-snippets", "eglot-plain");

    private static JsonObject CapabilitiesOf(string client)
    {
        JsonObject capabilities = TestClient.FullCapabilities();
        JsonObject item = capabilities["textDocument"]!["completion"]!["completionItem"]!.AsObject();
        switch (client)
        {
            case "neovim-no-snippets":
                item["snippetSupport"] = false;
                break;
            case "eglot-plain":
                item["snippetSupport"] = false;
                item.Remove("documentationFormat");
                capabilities["textDocument"]!["hover"]!["contentFormat"] = new JsonArray("plaintext");
                break;
        }
        return capabilities;
    }

    private static async Task<TestClient> OpenAsync(string client, string text = Config, MemoryHost? host = null, object? initializationOptions = null)
    {
        host ??= new MemoryHost(new() { ["/w/dossier.config.yaml"] = text });
        var testClient = new TestClient(host.Options());
        await testClient.InitializeAsync(CapabilitiesOf(client), initializationOptions);
        await testClient.OpenAsync(ConfigUri, text);
        return testClient;
    }

    private static async Task<JsonElement[]> CompleteAsync(TestClient client, object position) =>
        [.. (await client.ResultAsync("textDocument/completion", new { textDocument = Doc, position })).GetProperty("items").EnumerateArray()];

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task Profile_keys_complete_as_snippets_only_for_a_client_that_expands_them(string name)
    {
        await using var client = await OpenAsync(name);
        JsonElement[] items = await CompleteAsync(client, new { line = 2, character = 2 });
        // minimumSalary is in the file already.
        Assert.Equal(["currency", "hoursPerYear", "preferredLocations", "exchangeRates", "followUpAfterDays", "staleAfterDays"],
            items.Select(i => i.GetProperty("label").GetString()));
        JsonElement currency = items.Single(i => i.GetProperty("label").GetString() == "currency");
        bool snippets = name == "vscode";
        Assert.Equal(snippets ? 2 : 1, currency.GetProperty("insertTextFormat").GetInt32());
        string newText = currency.GetProperty("textEdit").GetProperty("newText").GetString()!;
        Assert.Equal(snippets ? "currency: ${1|USD," : "currency: ", snippets ? newText[.."currency: ${1|USD,".Length] : newText);
        JsonElement documentation = currency.GetProperty("documentation");
        if (name == "eglot-plain")
        {
            Assert.Equal(JsonValueKind.String, documentation.ValueKind);
            Assert.DoesNotContain("`", documentation.GetString());
        }
        else
        {
            Assert.Equal("markdown", documentation.GetProperty("kind").GetString());
        }
    }

    [Fact]
    public async Task Severities_complete_after_a_rule_id_in_the_negotiated_encoding()
    {
        const string text = "# é😀\nrules:\n  salary-missing: \n";
        await using var client = await OpenAsync("vscode", text);
        JsonElement[] items = await CompleteAsync(client, new { line = 2, character = 18 });
        Assert.Equal(["error", "warning", "info", "off"], items.Select(i => i.GetProperty("label").GetString()));
        Assert.All(items, i => Assert.Equal(1, i.GetProperty("insertTextFormat").GetInt32()));
    }

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task Hover_shows_a_keys_docs_in_a_format_the_client_shows(string name)
    {
        await using var client = await OpenAsync(name);
        JsonElement hover = await client.ResultAsync("textDocument/hover", new { textDocument = Doc, position = new { line = 1, character = 5 } });
        JsonElement contents = hover.GetProperty("contents");
        string value = contents.GetProperty("value").GetString()!;
        Assert.Equal(name == "eglot-plain" ? "plaintext" : "markdown", contents.GetProperty("kind").GetString());
        Assert.Contains("The lowest annual pay you would accept", value);
        Assert.Equal(name != "eglot-plain", value.Contains("**", StringComparison.Ordinal));
        Assert.Equal(1, hover.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Hover_says_the_minimum_written_here_is_overridden_by_the_editor_setting()
    {
        await using var client = await OpenAsync("vscode", initializationOptions: new { profile = new { minimumSalary = 150000 } });
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { dossier = new { profile = new { minimumSalary = 150000 } } } });
        JsonElement hover = await client.ResultAsync("textDocument/hover", new { textDocument = Doc, position = new { line = 1, character = 5 } });
        Assert.Contains("Overridden by the editor setting `dossier.profile.minimumSalary`**: `150000`", hover.GetProperty("contents").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Did_you_mean_fixes_the_key_and_the_level_under_the_cursor()
    {
        await using var client = await OpenAsync("vscode");
        JsonElement level = (await client.ResultAsync("textDocument/codeAction", new { textDocument = Doc, range = new { start = new { line = 4, character = 19 }, end = new { line = 4, character = 19 } }, context = new { diagnostics = Array.Empty<object>() } })).EnumerateArray().Single();
        Assert.Equal("Change to 'warning'", level.GetProperty("title").GetString());
        Assert.Equal("quickfix", level.GetProperty("kind").GetString());
        Assert.True(level.GetProperty("isPreferred").GetBoolean());
        JsonElement edit = level.GetProperty("edit").GetProperty("changes").GetProperty(ConfigUri)[0];
        Assert.Equal("warning", edit.GetProperty("newText").GetString());
        Assert.Equal(18, edit.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());

        JsonElement key = (await client.ResultAsync("textDocument/codeAction", new { textDocument = Doc, range = new { start = new { line = 5, character = 0 }, end = new { line = 5, character = 0 } }, context = new { only = new[] { "quickfix" } } })).EnumerateArray().Single();
        Assert.Equal("Change to 'exclude'", key.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Without_code_action_literals_the_fix_is_a_command_applying_its_edit()
    {
        JsonObject capabilities = TestClient.FullCapabilities();
        capabilities["textDocument"]!["codeAction"]!.AsObject().Remove("codeActionLiteralSupport");
        await using var client = new TestClient(new MemoryHost(new() { ["/w/dossier.config.yaml"] = Config }).Options());
        await client.InitializeAsync(capabilities);
        await client.OpenAsync(ConfigUri, Config);
        JsonElement fix = (await client.ResultAsync("textDocument/codeAction", new { textDocument = Doc, range = new { start = new { line = 5, character = 1 }, end = new { line = 5, character = 1 } }, context = new { diagnostics = Array.Empty<object>() } })).EnumerateArray().Single();
        Assert.Equal("dossier.applyEdit", fix.GetProperty("command").GetString());
    }

    [Fact]
    public async Task Opening_and_closing_the_config_keeps_its_errors_in_the_client()
    {
        var host = new MemoryHost(new() { ["/w/dossier.config.yaml"] = Config });
        await using var client = new TestClient(host.Options());
        await client.InitializeAsync(new { });
        await client.OpenAsync(Samples.Uri, Samples.Dossier);
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == ConfigUri && p.GetProperty("diagnostics").GetArrayLength() > 0);
        await client.OpenAsync(ConfigUri, Config);
        await client.NotifyAsync("textDocument/didClose", new { textDocument = Doc });
        // A request after both notifications: by its answer, anything they caused has been sent.
        await client.ResultAsync("textDocument/hover", new { textDocument = new { uri = Samples.Uri }, position = new { line = 0, character = 0 } });
        Assert.All(client.Notifications("textDocument/publishDiagnostics").Where(p => p.GetProperty("uri").GetString() == ConfigUri),
            p => Assert.NotEqual(0, p.GetProperty("diagnostics").GetArrayLength()));
    }

    [Fact]
    public async Task The_configs_errors_follow_its_unsaved_text_while_dossiers_keep_the_saved_config()
    {
        const string Saved = "rules:\n  salary-missing: warning\n";
        await using var client = new TestClient(new MemoryHost(new() { ["/w/dossier.config.yaml"] = Saved }).Options());
        await client.InitializeAsync(new { });
        await client.OpenAsync(Samples.Uri, Samples.Dossier);
        await client.OpenAsync(ConfigUri, Saved);
        bool ConfigDiagnostics(JsonElement p, Func<JsonElement, bool> match) => p.GetProperty("uri").GetString() == ConfigUri && match(p.GetProperty("diagnostics"));

        int seen = client.NotificationCount;
        await ChangeAsync(client, ConfigUri, 2, "rules:\n  salary-missing: warnig\n  enum-invalid: off\n");
        JsonElement typed = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => ConfigDiagnostics(p, d => d.GetArrayLength() > 0), after: seen);
        Assert.Contains("warnig", typed.GetProperty("diagnostics")[0].GetProperty("message").GetString());
        Assert.Equal(1, typed.GetProperty("diagnostics")[0].GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());

        // Until the config is saved, the dossier is still checked against the saved file: enum-invalid is not off.
        await ChangeAsync(client, Samples.Uri, 2, Samples.Dossier + "\n");
        JsonElement dossier = await client.DiagnosticsAsync(Samples.Uri, 2);
        Assert.Contains(dossier.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "enum-invalid");

        seen = client.NotificationCount;
        await ChangeAsync(client, ConfigUri, 3, Saved);
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => ConfigDiagnostics(p, d => d.GetArrayLength() == 0), after: seen);
    }

    private static Task ChangeAsync(TestClient client, string uri, int version, string text) =>
        client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { new { text } } });

    [Fact]
    public async Task The_user_profile_file_gets_profile_completion_hover_and_fixes_and_keeps_its_errors()
    {
        const string ProfileUri = "file:///xdg/dossier/profile.yaml";
        const string Profile = "minimumSalry: 120000\n\n";
        var host = new MemoryHost(new() { ["/xdg/dossier/profile.yaml"] = Profile });
        host.Environment["XDG_CONFIG_HOME"] = "/xdg";
        await using var client = new TestClient(host.Options());
        await client.InitializeAsync(CapabilitiesOf("vscode"));
        await client.OpenAsync(Samples.Uri, Samples.Dossier);
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == ProfileUri && p.GetProperty("diagnostics").GetArrayLength() > 0);
        await client.OpenAsync(ProfileUri, Profile);
        var doc = new { uri = ProfileUri };

        JsonElement items = (await client.ResultAsync("textDocument/completion", new { textDocument = doc, position = new { line = 1, character = 0 } })).GetProperty("items");
        // The misspelt key is not minimumSalary: that is still offered.
        Assert.Equal(ProfileKeys.Names, items.EnumerateArray().Select(i => i.GetProperty("label").GetString()));
        JsonElement fixes = await client.ResultAsync("textDocument/codeAction", new
        {
            textDocument = doc,
            range = new { start = new { line = 0, character = 3 }, end = new { line = 0, character = 3 } },
            context = new { diagnostics = Array.Empty<object>() },
        });
        Assert.Equal(["Change to 'minimumSalary'"], fixes.EnumerateArray().Select(f => f.GetProperty("title").GetString()));

        // The profile's errors are the configuration check's: opening the file published nothing over them.
        int beforeTheFix = client.NotificationCount;
        Assert.All(client.Notifications("textDocument/publishDiagnostics").Where(p => p.GetProperty("uri").GetString() == ProfileUri),
            p => Assert.NotEqual(0, p.GetProperty("diagnostics").GetArrayLength()));

        await ChangeAsync(client, ProfileUri, 2, "currency: EUR\n");
        JsonElement hover = await client.ResultAsync("textDocument/hover", new { textDocument = doc, position = new { line = 0, character = 3 } });
        Assert.StartsWith("**`currency`** (profile)", hover.GetProperty("contents").GetProperty("value").GetString());
        // Fixed as typed, before any save: the check reads the open file.
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics",
            p => p.GetProperty("uri").GetString() == ProfileUri && p.GetProperty("diagnostics").GetArrayLength() == 0, after: beforeTheFix);
    }

    [Fact]
    public async Task Other_yaml_files_get_no_config_features()
    {
        var host = new MemoryHost(new() { ["/w/other.yaml"] = Config });
        await using var client = new TestClient(host.Options());
        await client.InitializeAsync();
        await client.OpenAsync("file:///w/other.yaml", Config);
        JsonElement items = (await client.ResultAsync("textDocument/completion", new { textDocument = new { uri = "file:///w/other.yaml" }, position = new { line = 2, character = 2 } })).GetProperty("items");
        Assert.Equal(0, items.GetArrayLength());
    }
}
