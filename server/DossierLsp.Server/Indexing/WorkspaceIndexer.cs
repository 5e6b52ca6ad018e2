using System.Collections.Concurrent;
using DossierLsp.Core.Pipeline;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;
using DossierLsp.Server.Hosting;
using DossierLsp.Server.Protocol;
using StreamJsonRpc;

namespace DossierLsp.Server.Indexing;

/// <summary>
/// Keeps the <see cref="WorkspaceIndex"/> current: a full pass over the workspace folders after <c>initialized</c>
/// and whenever the configuration changes, and single files when the client reports them changed or closes them.
/// A pass runs on one dedicated thread per core (never the thread pool, which serves requests and publications), and
/// every worker waits at the <see cref="ForegroundActivity"/> gate before each file, so an open document always goes first.
/// </summary>
internal sealed class WorkspaceIndexer(LanguageServer server)
{
    public const string ProgressTitle = "Indexing dossiers";
    public const string ChangedNotification = "dossier/indexChanged";

    // Entries are stored this many at a time: one index snapshot per batch rather than per file.
    private const int BatchSize = 64;

    private readonly SemaphoreSlim _signal = new(0);
    private readonly ConcurrentQueue<string> _changedPaths = new();
    private int _requestedPass;
    private int _passUnderWay;

    public WorkspaceIndex Index { get; } = new();

    public ResultIds ResultIds { get; } = new();

    /// <summary>The workspace's <c>.gitignore</c> and <c>.ignore</c> files: what they ignore is never indexed. Read afresh by every full pass.</summary>
    public IgnoreRules Ignores { get; } = new(server.Options.Directories);

    /// <summary>Set once the client asked for <c>dossier/index</c>: it understands <see cref="ChangedNotification"/>.</summary>
    public bool ClientFollowsIndex { get; set; }

    /// <summary>True while a full pass is under way.</summary>
    public bool IsIndexing => Volatile.Read(ref _passUnderWay) != 0;

    /// <summary>Starts the worker; it ends when <paramref name="stop"/> is cancelled.</summary>
    public void Start(CancellationToken stop) => _ = Task.Run(() => RunAsync(stop), CancellationToken.None);

    /// <summary>Re-reads every dossier of the workspace folders (a newer request supersedes a pass under way).</summary>
    public void IndexAll()
    {
        Interlocked.Increment(ref _requestedPass);
        _signal.Release();
    }

    /// <summary>Re-reads one file (changed, created, deleted or closed) if it is in a workspace folder and not ignored.</summary>
    public void Reread(string path)
    {
        if (path.Length > 0 && server.FolderPaths.Any(folder => MarkdownWalk.Reaches(folder, path, Ignores)))
        {
            _changedPaths.Enqueue(path);
            _signal.Release();
        }
    }

    /// <summary>Every dossier as the user sees it now: the files on disk, with open documents as they are in the editor.</summary>
    public DossierIndex Current() => Current(Index.Summaries, OpenSummaries());

    public static DossierIndex Current(DossierIndex disk, IEnumerable<OpenSummary> open)
    {
        DossierIndex index = disk;
        foreach (OpenSummary document in open)
        {
            index = document.Summary is { } summary ? index.With(summary) : index.Without(document.Path);
        }
        return index;
    }

    /// <summary>The open documents that are files, by path, each summarised from its current snapshot.</summary>
    public OpenSummary[] OpenSummaries() =>
        server.Documents.All()
            .Select(d => (Path: LanguageServer.PathOf(d.Uri), Snapshot: d))
            .Where(d => d.Path.Length > 0)
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .Select(d => new OpenSummary(d.Path, DossierIndex.Summarize(d.Path, d.Snapshot.Analysis, server.Options.Directories.LastModified(d.Path))))
            .ToArray();

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
                if (RereadChanged(stop) && !IsIndexing)
                {
                    await ChangedAsync();
                }
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
    private async Task<bool> IndexFoldersAsync(int number, CancellationToken stop)
    {
        IReadOnlyList<string> paths = await OnOwnThread(() => Walk(stop), stop);
        WorkDoneProgress? progress = await WorkDoneProgress.CreateAsync(server, $"dossier-index-{number}");
        await (progress?.BeginAsync(ProgressTitle, paths.Count) ?? Task.CompletedTask);
        var pass = new IndexPass(number, paths, progress);
        int workers = Math.Clamp(Environment.ProcessorCount, 1, Math.Max(1, paths.Count));
        var cost = PassCost.Start();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => OnOwnThread(() => Work(pass, stop), stop)));
        await server.LogAsync(TraceLevel.Verbose, $"indexed {paths.Count} files with {workers} workers: {cost}");
        if (IsSuperseded(pass))
        {
            await (progress?.EndAsync("restarted") ?? Task.CompletedTask);
            return false;
        }
        foreach (string gone in Index.UrisNotIn(pass.Uris.OfType<string>().ToHashSet(StringComparer.Ordinal)))
        {
            Forget(gone);
        }
        await (progress?.EndAsync($"{Index.Summaries.Count} dossiers") ?? Task.CompletedTask);
        return true;
    }

    private static Task<T> OnOwnThread<T>(Func<T> work, CancellationToken stop) =>
        Task.Factory.StartNew(work, stop, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static Task OnOwnThread(Action work, CancellationToken stop) =>
        Task.Factory.StartNew(work, stop, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>The Markdown files of the workspace folders; folders that are ignored or that the config excludes are never entered.</summary>
    private List<string> Walk(CancellationToken stop)
    {
        var paths = new List<string>();
        Ignores.Forget(); // so a pass also sees what no watcher reports (.git/info/exclude, a new .git)
        foreach (string folder in server.FolderPaths)
        {
            foreach (string path in MarkdownWalk.FilesUnder(server.Options.Directories, folder, Ignores, server.Workspace.ExcludesFolder))
            {
                paths.Add(path);
            }
            server.Activity.WaitWhileBusy(stop);
        }
        return paths;
    }

    private bool IsSuperseded(IndexPass pass) => Volatile.Read(ref _requestedPass) != pass.Number;

    /// <summary>One worker of a pass: files reported changed first, then the pass's next file, until none is left.</summary>
    private void Work(IndexPass pass, CancellationToken stop)
    {
        var batch = new List<IndexEntry>(BatchSize);
        while (!IsSuperseded(pass))
        {
            server.Activity.WaitWhileBusy(stop);
            if (_changedPaths.TryDequeue(out string? changed))
            {
                IndexFile(changed, batch);
            }
            else if (pass.Take() is var i and >= 0)
            {
                pass.Uris[i] = IndexFile(pass.Paths[i], batch);
                pass.Done();
            }
            else
            {
                break;
            }
            if (batch.Count >= BatchSize)
            {
                Store(batch);
            }
        }
        Store(batch);
    }

    /// <summary>Indexes the files reported changed; true when there were any.</summary>
    private bool RereadChanged(CancellationToken stop)
    {
        var batch = new List<IndexEntry>();
        bool any = false;
        while (_changedPaths.TryDequeue(out string? path))
        {
            server.Activity.WaitWhileBusy(stop);
            IndexFile(path, batch);
            any = true;
        }
        Store(batch);
        return any;
    }

    private void Store(List<IndexEntry> batch)
    {
        foreach (string uri in Index.Put(batch))
        {
            server.Publisher.Schedule(uri);
        }
        batch.Clear();
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

    /// <summary>Reads and analyses one file into <paramref name="batch"/> (or forgets it); returns its URI.</summary>
    private string IndexFile(string path, List<IndexEntry> batch)
    {
        string uri = LanguageServer.UriOf(path);
        if (server.Documents.IsOpen(path))
        {
            return uri; // its snapshot is the truth until it is closed, when it is read again
        }
        if (server.Options.Directories.ReadMarkdown(path) is not { } read)
        {
            Forget(uri); // gone
            return uri;
        }
        if (read.Text is null)
        {
            // Too big, not a regular file or not UTF-8: shown where the reader stopped, as `dossier lint` does.
            Diagnostic[] refused = [read.ToUnreadableDiagnostic(server.Features)];
            batch.Add(new IndexEntry(uri, path, null, refused, ResultIds.For(uri, refused)));
            return uri;
        }
        DocumentAnalysis? analysis;
        try
        {
            analysis = server.Workspace.Analyze(path, new SourceText(read.Text));
        }
        catch (Exception e)
        {
            // The core should never throw on user input; if it does, the rest of the workspace is still indexed.
            _ = server.LogErrorAsync($"analysis of {path} failed: {e}");
            analysis = null;
        }
        if (analysis is not { IsDossier: true } || DossierIndex.Summarize(path, analysis, server.Options.Directories.LastModified(path)) is not { } summary)
        {
            Forget(uri);
            return uri;
        }
        Diagnostic[] diagnostics = analysis.Findings.Select(f => f.ToDiagnostic(analysis.Text, server.Features)).ToArray();
        batch.Add(new IndexEntry(uri, path, summary, diagnostics, ResultIds.For(uri, diagnostics)));
        return uri;
    }

    private void Forget(string uri)
    {
        if (Index.Remove(uri))
        {
            server.Publisher.Schedule(uri);
        }
    }
}
