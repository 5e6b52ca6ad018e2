using System.Text.Json;
using DossierLsp.Core.Config;
using DossierLsp.Core.Language.ConfigFile;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;
using DossierLsp.Server.Hosting;
using DossierLsp.Server.Indexing;
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
    // Documents whose diagnostics are due. The worker publishes what the store holds when it gets to a document, so a
    // burst of changes (or a revalidation racing a change) can never leave anything but the newest version last.
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly HashSet<string> _running = new(StringComparer.Ordinal);
    // Documents opened or published since their last clear: the only ones a clear is sent for.
    private readonly HashSet<string> _published = new(StringComparer.Ordinal);
    // What each open document's last publication said (version and diagnostics), so that a revalidation with nothing
    // new (an index pass ending, a settings refresh) does not send the same version twice.
    private readonly Dictionary<string, string> _lastPublished = new(StringComparer.Ordinal);
    private readonly HashSet<string> _configFilesWithDiagnostics = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _configCheck = new(1, 1);
    private string _lastConfigErrors = "";
    private int _configCheckQueued;

    /// <summary>
    /// Publishes the diagnostics of the document's current version soon; when it is not open, those of its indexed
    /// file if the scope is "workspace", else a clear. A clear goes through the same worker, so a publication already
    /// under way cannot arrive after it.
    /// </summary>
    public void Schedule(string uri)
    {
        // A config file's diagnostics are its errors, which only the configuration check publishes (and clears).
        if (server.PullDiagnostics || ConfigFileService.KindOf(LanguageServer.PathOf(uri), server.Options.Host) is not null)
        {
            return;
        }
        bool open = server.Documents.Get(uri) is not null;
        lock (_gate)
        {
            if (open)
            {
                // An open document may have diagnostics in the client from now on: its close must clear them.
                _published.Add(uri);
            }
            else if (!server.PushesWorkspaceDiagnostics && !_published.Contains(uri))
            {
                return; // nothing to publish and nothing to clear (a file an index pass read, say)
            }
            _pending.Add(uri);
            if (!_running.Add(uri))
            {
                return;
            }
        }
        // An open document's analysis is foreground work from now until it is published: indexing waits.
        ForegroundActivity.Scope? foreground = open ? server.Activity.Enter() : null;
        _ = Task.Run(() => DrainAsync(uri, foreground));
    }

    /// <summary>Every document not open that was published, or may be now: after the settings or the scope changed.</summary>
    public void RescheduleUnopened()
    {
        string[] uris;
        lock (_gate)
        {
            uris = _published.ToArray();
        }
        IEnumerable<string> indexed = server.PushesWorkspaceDiagnostics ? server.Indexer.Index.All().Select(e => e.Uri) : [];
        foreach (string uri in uris.Concat(indexed).Distinct().Where(u => server.Documents.Get(u) is null))
        {
            Schedule(uri);
        }
    }

    /// <summary>
    /// The index changed (a pass ended, files changed on disk): a pulling client is asked to pull again; a pushing one
    /// gets the open documents and the files whose cross-dossier findings changed again.
    /// </summary>
    public void WorkspaceChanged(IEnumerable<string> crossDossierPaths)
    {
        if (server.PullDiagnostics)
        {
            if (server.Capabilities?.Workspace?.Diagnostics?.RefreshSupport == true)
            {
                _ = server.Client.RequestAsync("workspace/diagnostic/refresh");
            }
            return;
        }
        foreach (string uri in server.Documents.All().Select(d => d.Uri).Concat(crossDossierPaths.Select(LanguageServer.UriOf)).Distinct())
        {
            Schedule(uri);
        }
    }

    private Task ClearAsync(string uri)
    {
        Forget(uri);
        return server.Client.NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, null, []));
    }

    /// <summary>Something else was sent for this document: its next publication is news whatever it says.</summary>
    private void Forget(string uri)
    {
        lock (_gate)
        {
            _lastPublished.Remove(uri);
        }
    }

    private async Task PublishUnopenedAsync(string uri)
    {
        bool published;
        lock (_gate)
        {
            published = _published.Contains(uri);
        }
        if (server.PushesWorkspaceDiagnostics && server.Indexer.Index.Get(uri) is { } entry)
        {
            MarkPublished(uri, true);
            Forget(uri);
            await server.Client.NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, null, server.CrossDossier.Add(entry.Path, entry.Diagnostics, null, server.CrossDossier.Latest())));
        }
        else if (published)
        {
            MarkPublished(uri, false);
            await ClearAsync(uri);
        }
    }

    private void MarkPublished(string uri, bool published)
    {
        lock (_gate)
        {
            _ = published ? _published.Add(uri) : _published.Remove(uri);
        }
    }

    /// <summary>Records the publication and says whether it differs from the last one sent for this document.</summary>
    private bool IsNews(string uri, int? version, Diagnostic[] diagnostics)
    {
        string said = $"{version}|{JsonSerializer.Serialize(diagnostics, LspJsonContext.Default.DiagnosticArray)}";
        lock (_gate)
        {
            _published.Add(uri);
            if (_lastPublished.TryGetValue(uri, out string? last) && last == said)
            {
                return false;
            }
            _lastPublished[uri] = said;
            return true;
        }
    }

    private async Task DrainAsync(string uri, ForegroundActivity.Scope? foreground)
    {
        using ForegroundActivity.Scope? held = foreground;
        while (true)
        {
            lock (_gate)
            {
                if (!_pending.Remove(uri))
                {
                    _running.Remove(uri);
                    return;
                }
            }
            try
            {
                if (server.Documents.Get(uri) is not { } snapshot)
                {
                    await PublishUnopenedAsync(uri);
                    continue;
                }
                Diagnostic[] diagnostics;
                using (server.Activity.Enter())
                {
                    diagnostics = server.DiagnosticsOf(snapshot, server.CrossDossier.Latest());
                }
                // Changed meanwhile: the change scheduled this document again, and the next round publishes it.
                if (ReferenceEquals(server.Documents.Get(uri), snapshot) && IsNews(uri, snapshot.Version, diagnostics))
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
                // analysed, so the worker goes on.
                await server.LogErrorAsync($"analysis of {uri} failed: {e}");
            }
        }
    }

    /// <summary>
    /// Shows a broken config or schema once per distinct set of errors, as a message and as diagnostics in that file.
    /// While a check waits to start, more requests add nothing: it reads the documents as they are when it starts.
    /// </summary>
    public void ScheduleConfigurationCheck()
    {
        if (Interlocked.Exchange(ref _configCheckQueued, 1) == 0)
        {
            _ = Task.Run(CheckConfigurationAsync);
        }
    }

    private async Task CheckConfigurationAsync()
    {
        // One check at a time, so two checks racing cannot show the same errors twice or publish an older set last.
        await _configCheck.WaitAsync();
        Volatile.Write(ref _configCheckQueued, 0);
        try
        {
            DossierWorkspace asEdited = AsEdited();
            var errors = server.Documents.All()
                .SelectMany(d => asEdited.ConfigurationErrors(LanguageServer.PathOf(d.Uri)))
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
                await server.LogErrorAsync($"{errors.Length} problem(s) in configuration; open dossiers keep the last good schema:\n{key}");
            }
            // Errors in a file are shown in that file (Problems lists them); a toast would only repeat them. Only an
            // error that belongs to no file (an environment variable, say) needs one.
            if (errors.FirstOrDefault(e => !Path.IsPathRooted(e.File)) is { } unplaced)
            {
                await server.Client.NotifyAsync("window/showMessage", new ShowMessageParams(MessageType.Error, $"Dossier: {unplaced}"));
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
                Forget(uri);
                SourceText? text = ConfigText(uri, fileErrors[0].File);
                await server.Client.NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, null, fileErrors.Select(e => e.ToDiagnostic(text, server.Features)).ToArray()));
            }
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException)
        {
        }
        catch (Exception e)
        {
            await server.LogErrorAsync($"checking the configuration failed: {e}");
        }
        finally
        {
            _configCheck.Release();
        }
    }

    /// <summary>
    /// The configuration as it would be if every open YAML file were saved now: its errors are what the user is
    /// typing, while dossiers keep being checked against the saved files (the server's own workspace) until a save.
    /// With no YAML file open that is the server's workspace itself, whose configuration is already read.
    /// </summary>
    private DossierWorkspace AsEdited()
    {
        var edited = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DocumentSnapshot document in server.Documents.All().Where(d => DossierWorkspace.IsConfigurationFile(d.Uri)))
        {
            edited[LanguageServer.PathOf(document.Uri)] = document.Text.Text;
        }
        if (edited.Count == 0)
        {
            return server.Workspace;
        }
        var workspace = new DossierWorkspace(new EditedFilesHost(server.Options.Host, edited), server.Options.Today);
        workspace.SetOverlay(server.Settings.Overlay);
        return workspace;
    }

    /// <summary>The config file's text as the client has it open, else as on disk; null when it cannot be read.</summary>
    private SourceText? ConfigText(string uri, string path)
    {
        if (server.Documents.Get(uri) is { } open)
        {
            return open.Text;
        }
        try
        {
            return server.Options.Host.ReadAllText(path) is { } text ? new SourceText(text) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or UnreadableFileException)
        {
            return null;
        }
    }
}
