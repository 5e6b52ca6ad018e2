using System.Text.Json;
using DossierLsp.Server.Hosting;

namespace DossierLsp.Server.Tests;

/// <summary>Pulled diagnostics: result ids of document pulls, and files the bounded reader refuses in workspace pulls.</summary>
public sealed class DiagnosticPullTests
{
    private const string Uri = "file:///w/jobs/initech.md";

    private static Task<JsonElement> PullAsync(TestClient client, string? previousResultId) =>
        client.ResultAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri }, previousResultId });

    private static string[] Codes(JsonElement report) =>
        report.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("code").GetString()!).ToArray();

    [Fact]
    public async Task A_document_pull_is_unchanged_while_its_result_id_is_current_and_full_with_a_new_id_after_a_change()
    {
        await using var client = await WorkspaceSamples.StartAsync(WorkspaceSamples.Workspace(), WorkspaceSamples.PullCapabilities);
        await client.OpenAsync(Uri, WorkspaceSamples.Dossier("Initech", "APPLID"));

        JsonElement first = await PullAsync(client, null);
        Assert.Equal("full", first.GetProperty("kind").GetString());
        Assert.Contains("enum-invalid", Codes(first));
        string id = first.GetProperty("resultId").GetString()!;

        JsonElement again = await PullAsync(client, id);
        Assert.Equal("unchanged", again.GetProperty("kind").GetString());
        Assert.Equal(id, again.GetProperty("resultId").GetString());
        Assert.False(again.TryGetProperty("items", out _));

        // A keystroke that changes nothing reported keeps the id; one that fixes the status does not.
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Uri, version = 2 }, contentChanges = new[] { new { text = WorkspaceSamples.Dossier("Initech", "APPLID") + "More notes.\n" } } });
        Assert.Equal("unchanged", (await PullAsync(client, id)).GetProperty("kind").GetString());
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Uri, version = 3 }, contentChanges = new[] { new { text = WorkspaceSamples.Dossier("Initech") } } });
        JsonElement changed = await PullAsync(client, id);
        Assert.Equal("full", changed.GetProperty("kind").GetString());
        Assert.DoesNotContain("enum-invalid", Codes(changed));
        Assert.NotEqual(id, changed.GetProperty("resultId").GetString());
    }

    [Fact]
    public async Task A_file_the_reader_refuses_is_a_workspace_problem_where_the_reader_stopped()
    {
        MemoryHost host = WorkspaceSamples.Workspace();
        host.Files["/w/jobs/latin1.md"] = "";
        host.Refused["/w/jobs/latin1.md"] = new TextDecoding.Decoded(null, false, "invalid UTF-8 (byte 0xE9); dossiers must be UTF-8", 3, 7);
        await using var client = await WorkspaceSamples.StartAsync(host, WorkspaceSamples.PullCapabilities);
        await WorkspaceSamples.IndexedAsync(client);

        JsonElement result = await client.ResultAsync("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() });
        JsonElement report = result.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("uri").GetString() == "file:///w/jobs/latin1.md");
        JsonElement problem = Assert.Single(report.GetProperty("items").EnumerateArray());
        Assert.Equal("file-unreadable", problem.GetProperty("code").GetString());
        Assert.Equal(1, problem.GetProperty("severity").GetInt32());
        Assert.Equal("invalid UTF-8 (byte 0xE9); dossiers must be UTF-8", problem.GetProperty("message").GetString());
        JsonElement start = problem.GetProperty("range").GetProperty("start");
        Assert.Equal((2, 6), (start.GetProperty("line").GetInt32(), start.GetProperty("character").GetInt32()));
        // It is a problem, not a dossier: the views and the report do not count it.
        JsonElement index = await client.ResultAsync("dossier/index", new { });
        Assert.DoesNotContain(index.GetProperty("dossiers").EnumerateArray(), d => d.GetProperty("uri").GetString()!.EndsWith("latin1.md", StringComparison.Ordinal));
    }
}
