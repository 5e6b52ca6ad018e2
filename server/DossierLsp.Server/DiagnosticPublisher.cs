using DossierLsp.Core.Config;
using DossierLsp.Server.Protocol;
using StreamJsonRpc;

namespace DossierLsp.Server;

/// <summary>
/// Pushes diagnostics. One worker per document analyses only the newest snapshot, so a burst of changes costs one
/// analysis per pause in typing, never one per keystroke; a result is published only while its snapshot is still the
/// document's current one, so nothing for an older version arrives after a newer one.
/// </summary>
internal sealed class DiagnosticPublisher(LanguageServer server)
{
    private readonly object _gate = new();
    // Per document: the newest snapshot to publish, or null for "closed: publish an empty set".
    private readonly Dictionary<string, DocumentSnapshot?> _pending = new(StringComparer.Ordinal);
    private readonly HashSet<string> _running = new(StringComparer.Ordinal);
    private readonly HashSet<string> _configFilesWithDiagnostics = new(StringComparer.Ordinal);
    private string _lastConfigErrors = "";

    public void Schedule(DocumentSnapshot snapshot)
    {
        if (!server.PullDiagnostics)
        {
            Enqueue(snapshot.Uri, snapshot);
        }
    }

    /// <summary>
    /// Clears a closed document's diagnostics. It goes through the document's worker, so a publication for an older
    /// version that was already under way cannot arrive after the clear.
    /// </summary>
    public void ScheduleClear(string uri)
    {
        if (!server.PullDiagnostics)
        {
            Enqueue(uri, null);
        }
    }

    private void Enqueue(string uri, DocumentSnapshot? snapshot)
    {
        lock (_gate)
        {
            _pending[uri] = snapshot;
            if (!_running.Add(uri))
            {
                return;
            }
        }
        _ = Task.Run(() => DrainAsync(uri));
    }

    private Task ClearAsync(string uri) =>
        server.Client.NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, null, []));

    private async Task DrainAsync(string uri)
    {
        while (true)
        {
            DocumentSnapshot? snapshot;
            lock (_gate)
            {
                if (!_pending.Remove(uri, out snapshot))
                {
                    _running.Remove(uri);
                    return;
                }
            }
            try
            {
                if (snapshot is null)
                {
                    if (server.Documents.Get(uri) is null)
                    {
                        await ClearAsync(uri);
                    }
                    continue;
                }
                Diagnostic[] diagnostics = snapshot.Analysis.Findings.Select(f => f.ToDiagnostic(snapshot.Text, server.Encoding)).ToArray();
                if (ReferenceEquals(server.Documents.Get(uri), snapshot))
                {
                    await server.Client.NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, snapshot.Version, diagnostics));
                }
            }
            catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException)
            {
                lock (_gate)
                {
                    _running.Remove(uri);
                }
                return;
            }
            catch (Exception e)
            {
                // The core should never throw on user input; if it does, this document's later versions must still be
                // analysed, so the worker goes on with the next snapshot.
                await server.LogErrorAsync($"analysis of {uri} failed: {e}");
            }
        }
    }

    /// <summary>Shows a broken config or schema once per distinct set of errors, as a message and as diagnostics in that file.</summary>
    public void ScheduleConfigurationCheck() => _ = Task.Run(CheckConfigurationAsync);

    private async Task CheckConfigurationAsync()
    {
        try
        {
            var errors = server.Documents.All()
                .SelectMany(d => server.Workspace.ConfigurationErrors(LanguageServer.PathOf(d.Uri)))
                .Distinct()
                .OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column)
                .ToArray();
            string key = string.Join("\n", errors.Select(e => e.ToString()));
            lock (_gate)
            {
                if (key == _lastConfigErrors)
                {
                    return;
                }
                _lastConfigErrors = key;
            }
            if (errors.Length > 0)
            {
                await server.Client.NotifyAsync("window/showMessage", new ShowMessageParams(1,
                    $"Dossier: {errors.Length} problem(s) in configuration; open dossiers keep the last good schema. First: {errors[0]}"));
            }
            var byFile = errors.Where(e => Path.IsPathRooted(e.File)).GroupBy(e => LanguageServer.UriOf(e.File)).ToDictionary(g => g.Key, g => g.ToArray());
            string[] cleared;
            lock (_gate)
            {
                cleared = _configFilesWithDiagnostics.Where(uri => !byFile.ContainsKey(uri)).ToArray();
                _configFilesWithDiagnostics.Clear();
                _configFilesWithDiagnostics.UnionWith(byFile.Keys);
            }
            foreach (string uri in cleared)
            {
                await ClearAsync(uri);
            }
            foreach (var (uri, fileErrors) in byFile)
            {
                await server.Client.NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, null, fileErrors.Select(ToDiagnostic).ToArray()));
            }
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException)
        {
        }
        catch (Exception e)
        {
            await server.LogErrorAsync($"checking the configuration failed: {e}");
        }
    }

    private static Diagnostic ToDiagnostic(ConfigError error)
    {
        var at = new Position(Math.Max(0, error.Line - 1), Math.Max(0, error.Column - 1));
        return new Diagnostic(new Protocol.Range(at, at), 1, "config", new CodeDescription(Conversions.RulesDocumentation.Replace("RULES.md", "CONFIG.md", StringComparison.Ordinal)), Conversions.Source, error.Message);
    }
}
