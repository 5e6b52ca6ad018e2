using DossierLsp.Core.Analysis;
using DossierLsp.Core.Pipeline;
using DossierLsp.Core.Text;
using DossierLsp.Server.Protocol;

namespace DossierLsp.Server.Indexing;

/// <summary>
/// The cross-dossier findings (a duplicate Job ID, an application written twice) over every dossier as the user sees
/// it now, added to each file's own diagnostics. Comparing every dossier costs time proportional to the workspace, so
/// it runs only when what the rules read changed (the index, or an open document's keys), never on the keystroke path,
/// and not at all while a full index pass runs (the pass's end computes them once).
/// </summary>
internal sealed class CrossDossierDiagnostics(LanguageServer server)
{
    private static readonly ILookup<string, WorkspaceFinding> None = Array.Empty<WorkspaceFinding>().ToLookup(f => f.Path);

    private readonly object _gate = new();
    private DossierIndex? _disk;
    private OpenSummary[] _open = [];
    private ILookup<string, WorkspaceFinding> _findings = None;
    private int _refreshQueued;

    /// <summary>The findings by path as of now: recomputed first if the index or an open document's keys changed.</summary>
    public ILookup<string, WorkspaceFinding> Findings() => Refresh().After;

    /// <summary>
    /// The findings last computed, at once, for a keystroke's publication; a recomputation runs in the background and
    /// publishes again the files whose findings changed.
    /// </summary>
    public ILookup<string, WorkspaceFinding> Latest()
    {
        RefreshSoon();
        lock (_gate)
        {
            return _findings;
        }
    }

    /// <summary>Recomputes if needed; also returns the findings before, so a caller can tell which files changed.</summary>
    public (ILookup<string, WorkspaceFinding> Before, ILookup<string, WorkspaceFinding> After) Refresh()
    {
        DossierIndex disk = server.Indexer.Index.Summaries;
        OpenSummary[] open = server.Indexer.OpenSummaries();
        lock (_gate)
        {
            if (ReferenceEquals(disk, _disk) && open.Length == _open.Length && open.Zip(_open).All(p => p.First.ReadsSameAs(p.Second)))
            {
                return (_findings, _findings);
            }
        }
        ILookup<string, WorkspaceFinding> findings = CrossDossierAnalyzer.Analyze(WorkspaceIndexer.Current(disk, open).Dossiers).ToLookup(f => f.Path, StringComparer.Ordinal);
        lock (_gate)
        {
            ILookup<string, WorkspaceFinding> before = _findings;
            (_disk, _open, _findings) = (disk, open, findings);
            return (before, findings);
        }
    }

    /// <summary>The file's own diagnostics followed by its cross-dossier ones (positioned in <paramref name="text"/> when the file is open).</summary>
    public Diagnostic[] Add(string path, Diagnostic[] own, SourceText? text, ILookup<string, WorkspaceFinding> findings)
    {
        WorkspaceFinding[] cross = path.Length == 0 ? [] : findings[path].ToArray();
        return cross.Length == 0 ? own : [.. own, .. cross.Select(f => f.ToDiagnostic(text, server.Features, UriOf))];
    }

    private void RefreshSoon()
    {
        // A pass under way changes the index with every file; its end recomputes and publishes once.
        if (server.Indexer.IsIndexing || Interlocked.Exchange(ref _refreshQueued, 1) == 1)
        {
            return;
        }
        _ = Task.Run(() =>
        {
            Volatile.Write(ref _refreshQueued, 0);
            var (before, after) = Refresh();
            string[] changed = ReferenceEquals(before, after) ? [] : Changed(before, after);
            if (changed.Length > 0)
            {
                server.Publisher.WorkspaceChanged(changed);
            }
        });
    }

    /// <summary>The paths whose findings differ between two results.</summary>
    private static string[] Changed(ILookup<string, WorkspaceFinding> before, ILookup<string, WorkspaceFinding> after) =>
        before.Select(g => g.Key).Union(after.Select(g => g.Key))
            .Where(path => !before[path].Select(Key).SequenceEqual(after[path].Select(Key)))
            .ToArray();

    private static string Key(WorkspaceFinding f) => $"{f.Start} {f.End} {f.Finding.RuleId} {f.Finding.Message}";

    private string UriOf(string path) =>
        server.Documents.All().FirstOrDefault(d => LanguageServer.PathOf(d.Uri) == path)?.Uri ?? LanguageServer.UriOf(path);
}

/// <summary>An open document as the cross-dossier rules see it: its path and its summary (null when it is not a dossier).</summary>
internal sealed record OpenSummary(string Path, DossierSummary? Summary)
{
    public bool ReadsSameAs(OpenSummary other) => Path == other.Path && CrossDossierAnalyzer.ReadsSame(Summary, other.Summary);
}
