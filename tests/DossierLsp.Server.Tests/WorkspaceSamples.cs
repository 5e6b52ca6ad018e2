using System.Text.Json;

namespace DossierLsp.Server.Tests;

/// <summary>A small workspace on a <see cref="MemoryHost"/> and a client started on it, for the workspace feature tests.</summary>
internal static class WorkspaceSamples
{
    public const string Folder = "file:///w";

    public static string Dossier(string company, string status = "APPLIED") => $"""
        # Job Application: {company} - Engineer

        ## Job Details
        - **Company**: {company}
        - **Position**: Engineer
        - **Location**: Remote - US
        - **Posting Date**: 2024-05-01
        - **Application Status**: {status}
        - **Application Date**: 2024-05-02
        - **Salary Range**: $150,000 - $180,000

        ## Job Description
        Build things.

        ## Requirements
        - Things

        """;

    /// <summary>Two dossiers, a note, and dossiers where no index may look: node_modules, .git, an excluded folder.</summary>
    public static MemoryHost Workspace() => new(new()
    {
        ["/w/dossier.config.yaml"] = "exclude:\n  - \"archive/**\"\n",
        ["/w/jobs/acme.md"] = Dossier("Acme", "APPLID"),
        ["/w/jobs/globex.md"] = Dossier("Globex"),
        ["/w/notes.md"] = "# Shopping list\n\n- milk\n",
        ["/w/node_modules/pkg/readme.md"] = Dossier("Npm"),
        ["/w/.git/dossier.md"] = Dossier("Git"),
        ["/w/archive/old.md"] = Dossier("Old"),
    });

    public static object PullCapabilities => new
    {
        window = new { workDoneProgress = true },
        textDocument = new { diagnostic = new { } },
        workspace = new { diagnostics = new { refreshSupport = true }, didChangeWatchedFiles = new { dynamicRegistration = true } },
    };

    public static async Task<TestClient> StartAsync(MemoryHost host, object capabilities, object? settings = null)
    {
        var client = new TestClient(host.Options());
        await client.RequestAsync("initialize", new { processId = (int?)null, rootUri = (string?)null, capabilities, initializationOptions = settings, workspaceFolders = new[] { new { uri = Folder, name = "w" } } });
        await client.NotifyAsync("initialized", new { });
        return client;
    }

    public static Task<JsonElement> IndexedAsync(TestClient client, int after = 0) =>
        client.WaitForNotificationAsync("$/progress", p => p.GetProperty("value").GetProperty("kind").GetString() == "end", after);
}
