using System.Text.Json;

namespace DossierLsp.Server.Tests;

/// <summary>What the workspace's ignore files ignore is never indexed, and a change to them moves files in or out.</summary>
public sealed class IgnoredFolderTests
{
    private const string Secret = "file:///w/private/secret.md";
    private const string Globex = "file:///w/jobs/globex.md";

    /// <summary>The sample workspace (a git work tree: it has <c>.git</c>) with a folder its <c>.gitignore</c> ignores.</summary>
    private static MemoryHost Workspace()
    {
        MemoryHost host = WorkspaceSamples.Workspace();
        host.Files["/w/.gitignore"] = "# drafts stay local\nprivate/\n";
        host.Files["/w/private/secret.md"] = WorkspaceSamples.Dossier("Secret", "APPLID");
        return host;
    }

    [Fact]
    public async Task An_ignored_folder_is_never_listed_and_its_dossiers_get_no_workspace_diagnostics()
    {
        MemoryHost host = Workspace();
        await using var client = await WorkspaceSamples.StartAsync(host, WorkspaceSamples.PullCapabilities);
        await WorkspaceSamples.IndexedAsync(client);

        Assert.DoesNotContain("/w/private", host.Listed);
        Dictionary<string, JsonElement> reports = await IndexingTests.PullAsync(client);
        Assert.Equal(["file:///w/jobs/acme.md", Globex], reports.Keys.Order());

        // A watched change inside the ignored folder does not bring the file in.
        int refreshes = client.ServerRequests.Count(r => r.Method == "workspace/diagnostic/refresh");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = Secret, type = 2 }, new { uri = Globex, type = 2 } } });
        await IndexingTests.WaitUntilAsync(() => client.ServerRequests.Count(r => r.Method == "workspace/diagnostic/refresh") > refreshes);
        Assert.DoesNotContain(Secret, (await IndexingTests.PullAsync(client)).Keys);
    }

    [Fact]
    public async Task A_gitignore_change_indexes_the_files_no_longer_ignored_and_clears_the_ones_now_ignored()
    {
        MemoryHost host = Workspace();
        await using var client = await WorkspaceSamples.StartAsync(host, WorkspaceSamples.PullCapabilities);
        await WorkspaceSamples.IndexedAsync(client);
        Dictionary<string, JsonElement> first = await IndexingTests.PullAsync(client);
        Assert.Contains("enum-invalid", IndexingTests.Codes(first["file:///w/jobs/acme.md"]));

        lock (host.Files)
        {
            host.Files["/w/.gitignore"] = "jobs/globex.md\n";
        }
        int before = client.NotificationCount;
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = "file:///w/.gitignore", type = 2 } } });
        await WorkspaceSamples.IndexedAsync(client, after: before);

        Dictionary<string, JsonElement> after = await IndexingTests.PullAsync(client, first.ToDictionary(r => r.Key, r => r.Value.GetProperty("resultId").GetString()!));
        Assert.Contains("enum-invalid", IndexingTests.Codes(after[Secret]));
        Assert.Equal("full", after[Globex].GetProperty("kind").GetString());
        Assert.Empty(IndexingTests.Codes(after[Globex]));
        Assert.Equal("unchanged", after["file:///w/jobs/acme.md"].GetProperty("kind").GetString());
        JsonElement index = await client.ResultAsync("workspace/symbol", new { query = "" });
        Assert.DoesNotContain(index.EnumerateArray(), s => s.GetProperty("location").GetProperty("uri").GetString() == Globex);
    }

    [Fact]
    public async Task A_push_client_with_workspace_scope_sees_a_newly_ignored_dossier_cleared()
    {
        MemoryHost host = Workspace();
        var push = new { window = new { workDoneProgress = true }, workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } } };
        await using var client = await WorkspaceSamples.StartAsync(host, push, new { diagnostics = new { scope = "workspace" } });
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == Globex);
        Assert.DoesNotContain(client.Notifications("textDocument/publishDiagnostics"), p => p.GetProperty("uri").GetString() == Secret);

        lock (host.Files)
        {
            host.Files["/w/.gitignore"] = "/jobs/\n";
        }
        int before = client.NotificationCount;
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = "file:///w/.gitignore", type = 2 } } });
        JsonElement cleared = await client.WaitForNotificationAsync("textDocument/publishDiagnostics",
            p => p.GetProperty("uri").GetString() == "file:///w/jobs/acme.md" && p.GetProperty("diagnostics").GetArrayLength() == 0, before);
        Assert.Empty(cleared.GetProperty("diagnostics").EnumerateArray());
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == Secret, before);
    }

    [Fact]
    public async Task Every_full_pass_reads_the_ignore_files_afresh_even_the_unwatched_git_info_exclude()
    {
        MemoryHost host = Workspace();
        await using var client = await WorkspaceSamples.StartAsync(host, WorkspaceSamples.PullCapabilities);
        await WorkspaceSamples.IndexedAsync(client);
        Assert.Contains(Globex, (await IndexingTests.PullAsync(client)).Keys);

        lock (host.Files)
        {
            host.Files["/w/.git/info/exclude"] = "jobs/globex.md\n";
        }
        int before = client.NotificationCount;
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = "file:///w/dossier.config.yaml", type = 2 } } });
        await WorkspaceSamples.IndexedAsync(client, after: before);
        Assert.DoesNotContain(Globex, (await IndexingTests.PullAsync(client)).Keys);
    }
}
