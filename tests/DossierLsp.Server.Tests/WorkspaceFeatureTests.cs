using System.Text.Json;
using System.Text.Json.Nodes;
using static DossierLsp.Server.Tests.WorkspaceSamples;

namespace DossierLsp.Server.Tests;

/// <summary>workspace/symbol, title code lenses and their commands, and dossier/index for the client's views.</summary>
public sealed class WorkspaceFeatureTests
{
    private const string Acme = "file:///w/jobs/acme.md";

    [Fact]
    public async Task Workspace_symbols_find_dossiers_by_company_status_and_job_id_open_or_not()
    {
        await using var client = await StartAsync(Workspace(), PullCapabilities);
        await IndexedAsync(client);
        // An open document counts as it is in the editor, not as it is on disk.
        await client.OpenAsync(Acme, Dossier("Acme", "INTERVIEWING"));

        JsonElement[] byStatus = (await client.ResultAsync("workspace/symbol", new { query = "interv" })).EnumerateArray().ToArray();
        JsonElement acme = Assert.Single(byStatus);
        Assert.Equal("Acme – Engineer", acme.GetProperty("name").GetString());
        Assert.Equal("INTERVIEWING", acme.GetProperty("containerName").GetString());
        Assert.Equal(Acme, acme.GetProperty("location").GetProperty("uri").GetString());
        Assert.Equal(0, acme.GetProperty("location").GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());

        string[] all = (await client.ResultAsync("workspace/symbol", new { query = "" })).EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(["Acme – Engineer", "Globex – Engineer"], all);
    }

    [Fact]
    public async Task Code_lenses_on_the_title_carry_the_set_status_and_follow_up_commands()
    {
        await using var client = await StartAsync(Workspace(), PullCapabilities);
        await client.OpenAsync(Acme, Dossier("Acme"));
        JsonElement[] lenses = (await client.ResultAsync("textDocument/codeLens", new { textDocument = new { uri = Acme } })).EnumerateArray().ToArray();

        Assert.Equal(["APPLIED · applied 30 days ago", "Follow-up due · last news 30 days ago · add a note", "$150k–$180k"], lenses.Select(l => l.GetProperty("command").GetProperty("title").GetString()));
        Assert.Equal(["dossier.setStatus", "dossier.addFollowUp", ""], lenses.Select(l => l.GetProperty("command").GetProperty("command").GetString()));
        Assert.All(lenses, l => Assert.Equal(0, l.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32()));
        Assert.Equal(Acme, lenses[0].GetProperty("command").GetProperty("arguments")[0].GetString());
    }

    [Fact]
    public async Task Set_status_without_a_status_asks_the_user_then_asks_the_client_to_apply_the_edit()
    {
        await using var client = await StartAsync(Workspace(), PullCapabilities);
        client.OnServerRequest = (method, parameters) => method == "window/showMessageRequest" ? new JsonObject { ["title"] = "SCREENING" } : null;
        await client.OpenAsync(Acme, Dossier("Acme"));
        await client.ResultAsync("workspace/executeCommand", new { command = "dossier.setStatus", arguments = new[] { Acme } });

        JsonElement question = client.ServerRequests.Single(r => r.Method == "window/showMessageRequest").Params;
        Assert.Contains("SCREENING", question.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        JsonElement edit = client.ServerRequests.Single(r => r.Method == "workspace/applyEdit").Params;
        Assert.Equal("SCREENING", edit.GetProperty("edit").GetProperty("changes").GetProperty(Acme)[0].GetProperty("newText").GetString());
    }

    [Fact]
    public async Task Add_follow_up_asks_the_client_to_insert_a_dated_line_in_Notes()
    {
        await using var client = await StartAsync(Workspace(), PullCapabilities);
        await client.OpenAsync(Acme, Dossier("Acme"));
        await client.ResultAsync("workspace/executeCommand", new { command = "dossier.addFollowUp", arguments = new[] { Acme } });

        JsonElement edit = client.ServerRequests.Single(r => r.Method == "workspace/applyEdit").Params;
        Assert.Contains("## Notes\n\n- 2024-06-01: Followed up\n", edit.GetProperty("edit").GetProperty("changes").GetProperty(Acme)[0].GetProperty("newText").GetString());
    }

    [Fact]
    public async Task The_index_request_lists_every_dossier_and_the_client_hears_when_it_changes()
    {
        MemoryHost host = Workspace();
        await using var client = await StartAsync(host, PullCapabilities);
        await IndexedAsync(client);
        JsonElement index = await client.ResultAsync("dossier/index", new { });
        Assert.False(index.GetProperty("indexing").GetBoolean());
        JsonElement[] dossiers = index.GetProperty("dossiers").EnumerateArray().ToArray();
        Assert.Equal(["Acme – Engineer", "Globex – Engineer"], dossiers.Select(d => d.GetProperty("name").GetString()));
        Assert.Equal("APPLIED", dossiers[1].GetProperty("status").GetString());
        Assert.Equal("2024-05-02", dossiers[1].GetProperty("applicationDate").GetString());
        Assert.True(dossiers[0].GetProperty("errors").GetInt32() > 0);
        // Applied on 2024-05-02, today is 2024-06-01: a week without news is long past.
        Assert.True(dossiers[1].GetProperty("followUpDue").GetBoolean());

        int before = client.NotificationCount;
        lock (host.Files)
        {
            host.Files["/w/jobs/initech.md"] = Dossier("Initech");
        }
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = "file:///w/jobs/initech.md", type = 1 } } });
        await client.WaitForNotificationAsync("dossier/indexChanged", after: before);
        JsonElement after = await client.ResultAsync("dossier/index", new { });
        Assert.Equal(3, after.GetProperty("dossiers").GetArrayLength());
    }

    [Fact]
    public async Task The_pipeline_report_is_one_html_page_without_script_whose_styles_carry_the_nonce()
    {
        await using var client = await StartAsync(Workspace(), PullCapabilities);
        await IndexedAsync(client);
        string html = (await client.ResultAsync("dossier/pipelineReport", new { styleNonce = "n0nce" })).GetProperty("html").GetString()!;
        Assert.Contains("<style nonce=\"n0nce\"", html);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("Globex", html);
        Assert.Contains("jobs/acme.md", html);
    }
}
