using System.Collections.Concurrent;
using System.Text.Json;
using DossierLsp.Core.Text;

namespace DossierLsp.Server.Tests;

/// <summary>
/// Ordering, coalescing and cancellation, made deterministic by holding an analysis open through the server's
/// <c>Analyzing</c> seam instead of relying on timing.
/// </summary>
public sealed class ConcurrencyTests
{
    /// <summary>Holds every analysis of one exact text until released; records every analysis.</summary>
    private sealed class AnalysisGate(string heldText)
    {
        private readonly ManualResetEventSlim _release = new(false);
        public TaskCompletionSource Held { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public ConcurrentQueue<(string Uri, string Text)> Analyses { get; } = new();

        public void OnAnalyzing(string uri, SourceText text)
        {
            Analyses.Enqueue((uri, text.Text));
            if (text.Text == heldText)
            {
                Held.TrySetResult();
                _release.Wait(TestClient.Patience);
            }
        }

        public void Release() => _release.Set();
    }

    private static TestClient Client(AnalysisGate gate) =>
        new(new ServerOptions { Host = new MemoryHost(), Today = () => new DateOnly(2024, 6, 1), Analyzing = gate.OnAnalyzing });

    private static object Hover(string uri) => new { textDocument = new { uri }, position = new { line = 0, character = 3 } };

    [Fact]
    public async Task A_burst_of_100_changes_during_an_analysis_costs_one_more_analysis_and_publishes_only_the_last_version()
    {
        var gate = new AnalysisGate(Samples.Dossier);
        await using var client = Client(gate);
        await client.InitializeAsync();
        await client.OpenAsync(Samples.Uri, Samples.Dossier);
        await gate.Held.Task.WaitAsync(TestClient.Patience);

        string text = Samples.Dossier;
        for (int version = 2; version <= 101; version++)
        {
            text += "x";
            await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Samples.Uri, version }, contentChanges = new[] { new { text } } });
        }
        // Messages are handled in arrival order: once this answer is in, all 100 changes were applied.
        await client.RequestAsync("textDocument/hover", Hover("file:///w/not-open.md"));
        gate.Release();

        await client.DiagnosticsAsync(Samples.Uri, 101);
        await client.ShutdownAndExitAsync();
        int[] versions = client.Notifications("textDocument/publishDiagnostics").Where(p => p.GetProperty("uri").GetString() == Samples.Uri).Select(p => p.GetProperty("version").GetInt32()).ToArray();
        Assert.Equal([101], versions);
        Assert.Equal([Samples.Dossier, text], gate.Analyses.Where(a => a.Uri == Samples.Uri).Select(a => a.Text));
    }

    [Fact]
    public async Task A_request_waiting_on_an_analysis_does_not_hold_up_the_messages_behind_it()
    {
        var gate = new AnalysisGate(Samples.Dossier);
        await using var client = Client(gate);
        await client.InitializeAsync();
        await client.OpenAsync(Samples.Uri, Samples.Dossier);
        await gate.Held.Task.WaitAsync(TestClient.Patience);
        Task<JsonElement> hover = await client.StartRequestAsync("textDocument/hover", new { textDocument = new { uri = Samples.Uri }, position = Samples.At(Samples.Dossier, "APPLID") }, id: 700);

        // The change and a request on the new version are served while the hover still waits for the old analysis.
        string changed = Samples.Dossier.Replace("APPLID", "APPLIED");
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Samples.Uri, version = 2 }, contentChanges = new[] { new { text = changed } } });
        JsonElement info = await client.ResultAsync("dossier/documentInfo", new { textDocument = new { uri = Samples.Uri } });
        Assert.Equal("APPLIED", info.GetProperty("status").GetString());
        Assert.False(hover.IsCompleted);

        gate.Release();
        Assert.Equal(-32801, (await hover).GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task A_request_cancelled_while_its_analysis_runs_gets_request_cancelled()
    {
        var gate = new AnalysisGate(Samples.Dossier);
        await using var client = Client(gate);
        await client.InitializeAsync();
        await client.OpenAsync(Samples.Uri, Samples.Dossier);
        await gate.Held.Task.WaitAsync(TestClient.Patience);
        Task<JsonElement> symbols = await client.StartRequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = Samples.Uri } }, id: "sym-1");
        await client.NotifyAsync("$/cancelRequest", new { id = "sym-1" });
        // The cancellation has been handled once a later request is answered.
        await client.RequestAsync("textDocument/hover", Hover("file:///w/not-open.md"));
        gate.Release();
        Assert.Equal(-32800, (await symbols).GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Close_clears_even_when_an_analysis_of_the_closed_document_was_under_way()
    {
        var gate = new AnalysisGate(Samples.Dossier);
        await using var client = Client(gate);
        await client.InitializeAsync();
        await client.OpenAsync(Samples.Uri, Samples.Dossier);
        await gate.Held.Task.WaitAsync(TestClient.Patience);
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = Samples.Uri } });
        await client.RequestAsync("textDocument/hover", Hover("file:///w/not-open.md"));
        gate.Release();
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == Samples.Uri);
        await client.ShutdownAndExitAsync();
        JsonElement[] published = client.Notifications("textDocument/publishDiagnostics").Where(p => p.GetProperty("uri").GetString() == Samples.Uri).ToArray();
        Assert.Equal(0, Assert.Single(published).GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public async Task An_analysis_that_throws_is_logged_and_later_versions_are_still_published()
    {
        var options = new ServerOptions
        {
            Host = new MemoryHost(),
            Analyzing = (_, text) =>
            {
                if (text.Text.Contains("BOOM", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("core bug");
                }
            },
        };
        await using var client = new TestClient(options);
        await client.InitializeAsync();
        await client.OpenAsync(Samples.Uri, Samples.Dossier + "BOOM\n");
        JsonElement log = await client.WaitForNotificationAsync("window/logMessage", p => p.GetProperty("message").GetString()!.Contains("core bug"));
        Assert.Equal(1, log.GetProperty("type").GetInt32());
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Samples.Uri, version = 2 }, contentChanges = new[] { new { text = Samples.Dossier } } });
        Assert.NotEqual(0, (await client.DiagnosticsAsync(Samples.Uri, 2)).GetProperty("diagnostics").GetArrayLength());
    }
}
