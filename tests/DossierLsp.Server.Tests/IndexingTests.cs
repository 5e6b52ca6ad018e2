using System.Text.Json;
using System.Text.Json.Nodes;

namespace DossierLsp.Server.Tests;

/// <summary>The workspace index: background indexing with progress, watched files, workspace diagnostics, push scope.</summary>
public sealed class IndexingTests
{
    internal static async Task<Dictionary<string, JsonElement>> PullAsync(TestClient client, Dictionary<string, string>? previous = null)
    {
        var ids = (previous ?? []).Select(p => new { uri = p.Key, value = p.Value }).ToArray();
        JsonElement result = await client.ResultAsync("workspace/diagnostic", new { previousResultIds = ids });
        return result.GetProperty("items").EnumerateArray().ToDictionary(r => r.GetProperty("uri").GetString()!, r => r.Clone());
    }

    internal static string[] Codes(JsonElement report) =>
        report.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("code").GetString()!).ToArray();

    [Fact]
    public async Task Indexing_reports_progress_and_indexes_only_dossiers_outside_skipped_and_excluded_folders()
    {
        MemoryHost host = WorkspaceSamples.Workspace();
        await using var client = await WorkspaceSamples.StartAsync(host, WorkspaceSamples.PullCapabilities);
        await WorkspaceSamples.IndexedAsync(client);

        var (_, create) = client.ServerRequests.Single(r => r.Method == "window/workDoneProgress/create");
        string token = create.GetProperty("token").GetString()!;
        string[] messages = client.Notifications("$/progress")
            .Where(p => p.GetProperty("token").GetString() == token)
            .Select(p => $"{p.GetProperty("value").GetProperty("kind").GetString()} {p.GetProperty("value").GetProperty("message").GetString()}")
            .ToArray();
        // Three Markdown files are read (the note is not a dossier); the skipped and the excluded folders are never listed.
        Assert.Equal(["begin 0/3", "report 1/3", "report 2/3", "report 3/3", "end 2 dossiers"], messages);
        Assert.Equal(["/w", "/w/jobs"], host.Listed.Order(StringComparer.Ordinal));

        Dictionary<string, JsonElement> reports = await PullAsync(client);
        Assert.Equal(["file:///w/jobs/acme.md", "file:///w/jobs/globex.md"], reports.Keys.Order());
        Assert.Contains("enum-invalid", Codes(reports["file:///w/jobs/acme.md"]));
        Assert.All(reports.Values, r => Assert.Equal("full", r.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Workspace_diagnostics_are_unchanged_until_a_watched_file_changes_and_empty_once_it_is_deleted()
    {
        MemoryHost host = WorkspaceSamples.Workspace();
        await using var client = await WorkspaceSamples.StartAsync(host, WorkspaceSamples.PullCapabilities);
        await WorkspaceSamples.IndexedAsync(client);
        Dictionary<string, JsonElement> first = await PullAsync(client);
        var ids = first.ToDictionary(r => r.Key, r => r.Value.GetProperty("resultId").GetString()!);

        Dictionary<string, JsonElement> again = await PullAsync(client, ids);
        Assert.All(again.Values, r => Assert.Equal("unchanged", r.GetProperty("kind").GetString()));
        Assert.All(again.Values, r => Assert.False(r.TryGetProperty("items", out _)));

        int refreshes = client.ServerRequests.Count(r => r.Method == "workspace/diagnostic/refresh");
        lock (host.Files)
        {
            host.Files["/w/jobs/acme.md"] = WorkspaceSamples.Dossier("Acme");
            host.Files.Remove("/w/jobs/globex.md");
        }
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = "file:///w/jobs/acme.md", type = 2 }, new { uri = "file:///w/jobs/globex.md", type = 3 } } });
        await WaitUntilAsync(() => client.ServerRequests.Count(r => r.Method == "workspace/diagnostic/refresh") > refreshes);

        Dictionary<string, JsonElement> after = await PullAsync(client, ids);
        JsonElement acme = after["file:///w/jobs/acme.md"], globex = after["file:///w/jobs/globex.md"];
        Assert.Equal("full", acme.GetProperty("kind").GetString());
        Assert.NotEqual(ids["file:///w/jobs/acme.md"], acme.GetProperty("resultId").GetString());
        Assert.DoesNotContain("enum-invalid", Codes(acme));
        Assert.Equal("full", globex.GetProperty("kind").GetString());
        Assert.Empty(Codes(globex));
    }

    [Fact]
    public async Task Workspace_diagnostics_stream_as_partial_results_and_the_final_answer_is_empty()
    {
        await using var client = await WorkspaceSamples.StartAsync(WorkspaceSamples.Workspace(), WorkspaceSamples.PullCapabilities);
        await WorkspaceSamples.IndexedAsync(client);
        int before = client.NotificationCount;
        JsonElement result = await client.ResultAsync("workspace/diagnostic", new { previousResultIds = Array.Empty<object>(), partialResultToken = "partial-1" });

        Assert.Empty(result.GetProperty("items").EnumerateArray());
        string[] streamed = client.Notifications("$/progress").Skip(0)
            .Where(p => p.GetProperty("token").GetString() == "partial-1")
            .SelectMany(p => p.GetProperty("value").GetProperty("items").EnumerateArray().Select(r => r.GetProperty("uri").GetString()!))
            .Order().ToArray();
        Assert.Equal(["file:///w/jobs/acme.md", "file:///w/jobs/globex.md"], streamed);
        Assert.True(client.NotificationCount > before);
    }

    [Fact]
    public async Task A_dossier_written_twice_is_reported_in_both_files_with_related_information_to_the_other()
    {
        MemoryHost host = WorkspaceSamples.Workspace();
        host.Files["/w/jobs/acme-again.md"] = WorkspaceSamples.Dossier("Acme");
        object capabilities = new
        {
            textDocument = new { diagnostic = new { }, publishDiagnostics = new { relatedInformation = true } },
            window = new { workDoneProgress = true },
        };
        await using var client = await WorkspaceSamples.StartAsync(host, capabilities);
        await WorkspaceSamples.IndexedAsync(client);
        Dictionary<string, JsonElement> reports = await PullAsync(client);

        JsonElement duplicate = reports["file:///w/jobs/acme-again.md"].GetProperty("items").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "duplicate-application");
        Assert.Contains("acme.md", duplicate.GetProperty("message").GetString());
        JsonElement related = Assert.Single(duplicate.GetProperty("relatedInformation").EnumerateArray());
        Assert.Equal("file:///w/jobs/acme.md", related.GetProperty("location").GetProperty("uri").GetString());
        Assert.Contains("duplicate-application", Codes(reports["file:///w/jobs/acme.md"]));
        Assert.DoesNotContain("duplicate-application", Codes(reports["file:///w/jobs/globex.md"]));

        // Opened and renamed in the editor, it is no longer a duplicate: both files' reports change.
        await client.OpenAsync("file:///w/jobs/acme-again.md", WorkspaceSamples.Dossier("Initech"));
        Dictionary<string, JsonElement> after = await PullAsync(client, reports.ToDictionary(r => r.Key, r => r.Value.GetProperty("resultId").GetString()!));
        Assert.DoesNotContain("duplicate-application", Codes(after["file:///w/jobs/acme.md"]));
        Assert.Equal("unchanged", after["file:///w/jobs/globex.md"].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task An_open_document_is_reported_from_its_text_with_its_version()
    {
        await using var client = await WorkspaceSamples.StartAsync(WorkspaceSamples.Workspace(), WorkspaceSamples.PullCapabilities);
        await WorkspaceSamples.IndexedAsync(client);
        await client.OpenAsync("file:///w/jobs/acme.md", WorkspaceSamples.Dossier("Acme"), version: 7);

        JsonElement acme = (await PullAsync(client))["file:///w/jobs/acme.md"];
        Assert.Equal(7, acme.GetProperty("version").GetInt32());
        Assert.DoesNotContain("enum-invalid", Codes(acme));
    }

    [Fact]
    public async Task One_watcher_registration_covers_dossiers_configs_and_schemas()
    {
        await using var client = await WorkspaceSamples.StartAsync(WorkspaceSamples.Workspace(), WorkspaceSamples.PullCapabilities);
        await WorkspaceSamples.IndexedAsync(client);
        var registrations = client.ServerRequests.Where(r => r.Method == "client/registerCapability")
            .SelectMany(r => r.Params.GetProperty("registrations").EnumerateArray())
            .Where(r => r.GetProperty("method").GetString() == "workspace/didChangeWatchedFiles")
            .ToArray();
        JsonElement registration = Assert.Single(registrations);
        string[] globs = registration.GetProperty("registerOptions").GetProperty("watchers").EnumerateArray().Select(w => w.GetProperty("globPattern").GetString()!).ToArray();
        Assert.Equal(["**/*.md", "**/*.yaml", "**/*.yml", "**/.gitignore", "**/.ignore", "**/.rgignore"], globs);
    }

    [Fact]
    public async Task A_push_client_gets_unopened_dossiers_only_with_scope_workspace()
    {
        var push = new { window = new { workDoneProgress = true } };
        await using (var scoped = await WorkspaceSamples.StartAsync(WorkspaceSamples.Workspace(), push, new { diagnostics = new { scope = "workspace" } }))
        {
            JsonElement published = await scoped.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == "file:///w/jobs/acme.md");
            Assert.False(published.TryGetProperty("version", out _));
            Assert.Contains("enum-invalid", published.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()));
        }

        await using var open = await WorkspaceSamples.StartAsync(WorkspaceSamples.Workspace(), push);
        await WorkspaceSamples.IndexedAsync(open);
        // A document opened after indexing is published; nothing was published for the files that are not open.
        await open.OpenAsync("file:///w/jobs/globex.md", WorkspaceSamples.Dossier("Globex"));
        await open.DiagnosticsAsync("file:///w/jobs/globex.md", 1);
        Assert.DoesNotContain(open.Notifications("textDocument/publishDiagnostics"), p => p.GetProperty("uri").GetString() == "file:///w/jobs/acme.md");
    }

    [Fact]
    public async Task Requests_are_answered_while_indexing_is_held_on_a_file()
    {
        var gate = new ManualResetEventSlim();
        var host = new BlockingHost(WorkspaceSamples.Workspace(), "/w/jobs/acme.md", gate);
        await using var client = new TestClient(new ServerOptions { Host = host.Inner, Directories = host, Today = () => new DateOnly(2024, 6, 1) });
        await client.RequestAsync("initialize", new { processId = (int?)null, capabilities = WorkspaceSamples.PullCapabilities, workspaceFolders = new[] { new { uri = WorkspaceSamples.Folder, name = "w" } } });
        await client.NotifyAsync("initialized", new { });
        await host.Reached.Task.WaitAsync(TestClient.Patience);

        await client.OpenAsync("file:///w/jobs/new.md", WorkspaceSamples.Dossier("Initech"));
        JsonElement hover = await client.ResultAsync("textDocument/hover", new { textDocument = new { uri = "file:///w/jobs/new.md" }, position = Samples.At(WorkspaceSamples.Dossier("Initech"), "$150,000") });
        Assert.Contains("180", hover.GetProperty("contents").GetProperty("value").GetString());
        JsonElement report = await client.ResultAsync("textDocument/diagnostic", new { textDocument = new { uri = "file:///w/jobs/new.md" } });
        Assert.Equal("full", report.GetProperty("kind").GetString());

        gate.Set();
        await WorkspaceSamples.IndexedAsync(client);
    }

    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TestClient.Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not become true in time");
            await Task.Delay(10);
        }
    }

    /// <summary>Holds the read of one file until the test opens the gate.</summary>
    private sealed class BlockingHost(MemoryHost inner, string blockedPath, ManualResetEventSlim gate) : DossierLsp.Server.Hosting.IDirectoryHost
    {
        public MemoryHost Inner => inner;

        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public DossierLsp.Server.Hosting.TextDecoding.Decoded? ReadMarkdown(string path)
        {
            if (path == blockedPath)
            {
                Reached.TrySetResult();
                gate.Wait(TestClient.Patience);
            }
            return inner.ReadMarkdown(path);
        }

        public DossierLsp.Server.Hosting.DirectoryListing List(string directory) => inner.List(directory);

        public string? ReadIgnoreFile(string path) => inner.ReadIgnoreFile(path);

        public bool Exists(string path) => inner.Exists(path);

        public DateOnly? LastModified(string path) => null;
    }
}
