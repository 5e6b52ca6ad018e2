using System.Collections.Concurrent;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Pipeline;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;
using DossierLsp.Server.Hosting;
using DossierLsp.Server.Protocol;
using StreamJsonRpc;

namespace DossierLsp.Server.Indexing;

/// <summary>
/// Keeps the <see cref="WorkspaceIndex"/> current, on one background worker: a full pass over the workspace folders
/// after <c>initialized</c> and whenever the configuration changes, and single files when the client reports them
/// changed or closes them. It steps aside for foreground work between files and never holds up a request.
/// </summary>
internal sealed class WorkspaceIndexer(LanguageServer server)
{
    public const string ProgressTitle = "Indexing dossiers";

    private readonly SemaphoreSlim _signal = new(0);
    private readonly ConcurrentQueue<string> _changedPaths = new();
    private int _requestedPass;

    public const string ChangedNotification = "dossier/indexChanged";

    public WorkspaceIndex Index { get; } = new();

    /// <summary>Set once the client asked for <c>dossier/index</c>: it understands <see cref="ChangedNotification"/>.</summary>
    public bool ClientFollowsIndex { get; set; }

    /// <summary>True while a full pass is under way.</summary>
    public bool IsIndexing => Volatile.Read(ref _passUnderWay) != 0;

    private int _passUnderWay;

    public ResultIds ResultIds { get; } = new();

    /// <summary>Starts the worker; it ends when <paramref name="stop"/> is cancelled.</summary>
    public void Start(CancellationToken stop) => _ = Task.Run(() => RunAsync(stop), CancellationToken.None);

    /// <summary>Re-reads every dossier of the workspace folders (a newer request supersedes a pass under way).</summary>
    public void IndexAll()
    {
        Interlocked.Increment(ref _requestedPass);
        _signal.Release();
    }

    /// <summary>Re-reads one file (changed, created, deleted or closed) if it is in a workspace folder.</summary>
    public void Reread(string path)
    {
        if (path.Length > 0 && server.FolderPaths.Any(folder => MarkdownWalk.Reaches(folder, path)))
        {
            _changedPaths.Enqueue(path);
            _signal.Release();
        }
    }

    /// <summary>Every dossier as the user sees it now: the files on disk, with open documents as they are in the editor.</summary>
    public DossierIndex Current() => Current(Index.Summaries, server.Documents.All());

    public DossierIndex Current(DossierIndex disk, IEnumerable<DocumentSnapshot> open)
    {
        DossierIndex index = disk;
        foreach (DocumentSnapshot snapshot in open)
        {
            string path = LanguageServer.PathOf(snapshot.Uri);
            if (path.Length > 0)
            {
                index = index.Update(path, snapshot.Analysis, server.Options.Directories.LastModified(path));
            }
        }
        return index;
    }

    private async Task RunAsync(CancellationToken stop)
    {
        int donePass = 0;
        try
        {
            while (true)
            {
                await _signal.WaitAsync(stop);
                int pass = Volatile.Read(ref _requestedPass);
                if (pass != donePass)
                {
                    Volatile.Write(ref _passUnderWay, 1);
                    if (await IndexFoldersAsync(pass, stop))
                    {
                        donePass = pass;
                        Volatile.Write(ref _passUnderWay, 0);
                        await ChangedAsync();
                    }
                }
                await RereadChangedAsync(stop);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException)
        {
        }
        catch (Exception e)
        {
            await server.LogErrorAsync($"workspace indexing stopped: {e}");
        }
    }

    /// <summary>One full pass; false when a newer pass was requested meanwhile.</summary>
    private async Task<bool> IndexFoldersAsync(int pass, CancellationToken stop)
    {
        var paths = new List<string>();
        foreach (string folder in server.FolderPaths)
        {
            foreach (string path in MarkdownWalk.FilesUnder(server.Options.Directories, folder))
            {
                paths.Add(path);
            }
            await server.Activity.YieldAsync(stop);
        }
        WorkDoneProgress? progress = await WorkDoneProgress.CreateAsync(server, $"dossier-index-{pass}");
        await (progress?.BeginAsync(ProgressTitle, paths.Count) ?? Task.CompletedTask);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < paths.Count; i++)
        {
            if (Volatile.Read(ref _requestedPass) != pass)
            {
                await (progress?.EndAsync("restarted") ?? Task.CompletedTask);
                return false;
            }
            await server.Activity.YieldAsync(stop);
            seen.Add(LanguageServer.UriOf(paths[i]));
            IndexFile(paths[i]);
            await RereadChangedAsync(stop);
            await (progress?.ReportAsync(i + 1, paths.Count) ?? Task.CompletedTask);
        }
        foreach (string gone in Index.UrisNotIn(seen))
        {
            Forget(gone);
        }
        await (progress?.EndAsync($"{Index.Count} dossiers") ?? Task.CompletedTask);
        return true;
    }

    private async Task RereadChangedAsync(CancellationToken stop)
    {
        bool any = false;
        while (_changedPaths.TryDequeue(out string? path))
        {
            await server.Activity.YieldAsync(stop);
            IndexFile(path);
            any = true;
        }
        if (any && !IsIndexing)
        {
            await ChangedAsync();
        }
    }

    /// <summary>Tells the client the index changed: a pulling client pulls workspace diagnostics again, the views refresh.</summary>
    private async Task ChangedAsync()
    {
        var (before, after) = server.CrossDossier.Refresh();
        server.Publisher.WorkspaceChanged(before.Select(g => g.Key).Union(after.Select(g => g.Key)));
        if (ClientFollowsIndex)
        {
            await server.Client.NotifyAsync(ChangedNotification, new object());
        }
    }

    private void IndexFile(string path)
    {
        string uri = LanguageServer.UriOf(path);
        if (server.Documents.IsOpen(path))
        {
            return; // its snapshot is the truth until it is closed, when it is read again
        }
        TextDecoding.Decoded? read = server.Options.Directories.ReadMarkdown(path);
        string? text = read?.Text;
        if (read is { Text: null })
        {
            // Too big, not UTF-8 or gone: nothing to index (dossier lint reports it as file-unreadable).
            _ = server.LogAsync(TraceLevel.Messages, $"not indexed: {path}: {read.Error}");
        }
        DocumentAnalysis? analysis;
        try
        {
            analysis = text is null ? null : server.Workspace.Analyze(path, new SourceText(text));
        }
        catch (Exception e)
        {
            // The core should never throw on user input; if it does, the rest of the workspace is still indexed.
            _ = server.LogErrorAsync($"analysis of {path} failed: {e}");
            analysis = null;
        }
        if (analysis is not { IsDossier: true })
        {
            Forget(uri);
            return;
        }
        DossierSummary summary = DossierIndex.Summarize(path, analysis, server.Options.Directories.LastModified(path))!;
        Diagnostic[] diagnostics = analysis.Findings.Select(f => f.ToDiagnostic(analysis.Text, server.Encoding)).ToArray();
        if (Index.Put(new IndexEntry(uri, summary, diagnostics, ResultIds.For(uri, diagnostics))))
        {
            server.Publisher.Schedule(uri);
        }
    }

    private void Forget(string uri)
    {
        if (Index.Remove(uri))
        {
            server.Publisher.Schedule(uri);
        }
    }
}
