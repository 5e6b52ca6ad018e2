using System.Text.Json;
using System.Text.Json.Nodes;

namespace DossierLsp.Server.Tests;

/// <summary>The code actions and commands of issue 9, over the protocol.</summary>
public sealed class CodeActionTests
{
    private static object Doc => new { uri = Samples.Uri };

    /// <summary>Two automatic fixes (heading case, status case) and a salary below the config's minimum.</summary>
    private static readonly string Fixable = Samples.Dossier.Replace("## Job Details", "## job details").Replace("APPLID", "applied");

    private static async Task<TestClient> OpenAsync(string text)
    {
        var host = new MemoryHost(new() { ["/w/jobs/dossier.config.yaml"] = "profile:\n  minimumSalary: 300000\n" });
        var client = new TestClient(new ServerOptions { Host = host, Today = () => new DateOnly(2024, 6, 1) });
        client.OnServerRequest = (method, _) => method switch
        {
            "workspace/applyEdit" => new JsonObject { ["applied"] = true },
            "window/showDocument" => new JsonObject { ["success"] = true },
            _ => null,
        };
        await client.InitializeAsync();
        await client.OpenAsync(Samples.Uri, text);
        return client;
    }

    private static Task<JsonElement> ActionsAsync(TestClient client, object at, string[]? only = null) =>
        client.ResultAsync("textDocument/codeAction", new { textDocument = Doc, range = new { start = at, end = at }, context = new { diagnostics = Array.Empty<object>(), only } });

    private static string Apply(string text, JsonElement edits)
    {
        foreach (JsonElement edit in edits.EnumerateArray().OrderByDescending(e => (e.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32(), e.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32())))
        {
            int Offset(JsonElement p)
            {
                string[] lines = text.Split('\n');
                return lines.Take(p.GetProperty("line").GetInt32()).Sum(l => l.Length + 1) + p.GetProperty("character").GetInt32();
            }
            int start = Offset(edit.GetProperty("range").GetProperty("start")), end = Offset(edit.GetProperty("range").GetProperty("end"));
            text = text[..start] + edit.GetProperty("newText").GetString() + text[end..];
        }
        return text;
    }

    [Theory]
    [InlineData("source.fixAll.dossier")] // what "editor.codeActionsOnSave" asks for
    [InlineData("source.fixAll")]
    [InlineData("source")]
    public async Task Fix_all_applies_every_automatic_fix_as_one_edit_when_asked_for(string only)
    {
        await using var client = await OpenAsync(Fixable);
        JsonElement actions = await ActionsAsync(client, new { line = 0, character = 0 }, [only]);
        JsonElement fixAll = actions.EnumerateArray().Single(a => a.GetProperty("kind").GetString() == "source.fixAll.dossier");
        string fixedText = Apply(Fixable, fixAll.GetProperty("edit").GetProperty("changes").GetProperty(Samples.Uri));
        Assert.Equal(Samples.Dossier.Replace("APPLID", "APPLIED"), fixedText);
    }

    [Fact]
    public async Task Fix_all_is_not_computed_for_the_light_bulb()
    {
        await using var client = await OpenAsync(Fixable);
        JsonElement actions = await ActionsAsync(client, Samples.At(Fixable, "applied"));
        Assert.DoesNotContain(actions.EnumerateArray(), a => a.GetProperty("kind").GetString() == "source.fixAll.dossier");
    }

    [Fact]
    public async Task The_fix_all_command_asks_the_client_to_apply_the_same_edit()
    {
        await using var client = await OpenAsync(Fixable);
        await client.ResultAsync("workspace/executeCommand", new { command = "dossier.fixAll", arguments = new object[] { Samples.Uri } });
        var (_, parameters) = client.ServerRequests.Single(r => r.Method == "workspace/applyEdit");
        Assert.Equal(Samples.Dossier.Replace("APPLID", "APPLIED"), Apply(Fixable, parameters.GetProperty("edit").GetProperty("changes").GetProperty(Samples.Uri)));
    }

    [Fact]
    public async Task Every_finding_offers_to_disable_its_rule_for_the_file()
    {
        await using var client = await OpenAsync(Samples.Dossier);
        JsonElement actions = await ActionsAsync(client, Samples.At(Samples.Dossier, "$65"));
        JsonElement disable = actions.EnumerateArray().Single(a => a.GetProperty("title").GetString() == "Disable salary-below-minimum for this file");
        Assert.Equal("salary-below-minimum", disable.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        JsonElement edit = disable.GetProperty("edit").GetProperty("changes").GetProperty(Samples.Uri)[0];
        Assert.Equal("<!-- dossier-disable salary-below-minimum -->\n", edit.GetProperty("newText").GetString());
        Assert.Equal(0, edit.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task A_salary_finding_opens_the_config_line_that_sets_the_minimum()
    {
        await using var client = await OpenAsync(Samples.Dossier);
        JsonElement actions = await ActionsAsync(client, Samples.At(Samples.Dossier, "$65"));
        JsonElement open = actions.EnumerateArray().Single(a => a.GetProperty("title").GetString()!.StartsWith("Open dossier.config.yaml", StringComparison.Ordinal));
        Assert.False(open.TryGetProperty("edit", out _));
        JsonElement command = open.GetProperty("command");
        await client.ResultAsync("workspace/executeCommand", new { command = command.GetProperty("command").GetString(), arguments = command.GetProperty("arguments") });
        var (_, shown) = client.ServerRequests.Single(r => r.Method == "window/showDocument");
        Assert.Equal("file:///w/jobs/dossier.config.yaml", shown.GetProperty("uri").GetString());
        Assert.Equal(1, shown.GetProperty("selection").GetProperty("start").GetProperty("line").GetInt32());
    }

    [Theory]
    [InlineData("PREPARED", true)]
    [InlineData("OFFER", false)]
    public async Task Mark_as_applied_today_is_offered_only_before_applied(string status, bool offered)
    {
        string text = Samples.Dossier.Replace("APPLID", status);
        await using var client = await OpenAsync(text);
        JsonElement actions = await ActionsAsync(client, new { line = 0, character = 0 }, ["source"]);
        Assert.Equal(offered, actions.EnumerateArray().Any(a => a.GetProperty("title").GetString() == "Mark as applied today"));
    }
}
