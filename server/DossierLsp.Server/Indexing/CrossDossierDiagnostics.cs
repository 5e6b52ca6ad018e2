using DossierLsp.Core.Analysis;
using DossierLsp.Core.Pipeline;
using DossierLsp.Core.Text;
using DossierLsp.Server.Protocol;

namespace DossierLsp.Server.Indexing;

/// <summary>
/// The cross-dossier findings (a duplicate Job ID, an application written twice) over every dossier as the user sees
/// it now, computed once per change of the index or of the open documents, and added to each file's own diagnostics.
/// </summary>
internal sealed class CrossDossierDiagnostics(LanguageServer server)
{
    private static readonly ILookup<string, WorkspaceFinding> None = Array.Empty<WorkspaceFinding>().ToLookup(f => f.Path);

    private readonly object _gate = new();
    private DossierIndex? _disk;
    private DocumentSnapshot[] _open = [];
    private ILookup<string, WorkspaceFinding> _findings = None;

    /// <summary>The findings by path; recomputed only when the index or an open document changed since the last call.</summary>
    public ILookup<string, WorkspaceFinding> Findings() => Refresh().After;

    /// <summary>Recomputes if needed; also returns the findings before, so a caller can tell which files changed.</summary>
    public (ILookup<string, WorkspaceFinding> Before, ILookup<string, WorkspaceFinding> After) Refresh()
    {
        DossierIndex disk = server.Indexer.Index.Summaries;
        DocumentSnapshot[] open = server.Documents.All().OrderBy(d => d.Uri, StringComparer.Ordinal).ToArray();
        lock (_gate)
        {
            if (ReferenceEquals(disk, _disk) && open.SequenceEqual(_open))
            {
                return (_findings, _findings);
            }
        }
        ILookup<string, WorkspaceFinding> findings = CrossDossierAnalyzer.Analyze(server.Indexer.Current(disk, open).Dossiers).ToLookup(f => f.Path, StringComparer.Ordinal);
        lock (_gate)
        {
            ILookup<string, WorkspaceFinding> before = _findings;
            (_disk, _open, _findings) = (disk, open, findings);
            return (before, findings);
        }
    }

    /// <summary>
    /// The file's own diagnostics followed by its cross-dossier ones (positioned in <paramref name="text"/> when the file
    /// is open). Not <paramref name="fresh"/> (a keystroke's publication): the last computed findings at once, and a
    /// recomputation in the background that publishes again the files whose findings changed, so comparing every
    /// dossier never delays a keystroke.
    /// </summary>
    public Diagnostic[] Add(string path, Diagnostic[] own, SourceText? text, bool fresh = true)
    {
        ILookup<string, WorkspaceFinding> findings;
        if (fresh)
        {
            findings = Findings();
        }
        else
        {
            lock (_gate)
            {
                findings = _findings;
            }
            RefreshSoon();
        }
        WorkspaceFinding[] cross = path.Length == 0 ? [] : findings[path].ToArray();
        return cross.Length == 0 ? own : [.. own, .. cross.Select(f => f.ToDiagnostic(text, server.Encoding, UriOf, server.RelatedInformationSupported))];
    }

    private int _refreshQueued;

    private void RefreshSoon()
    {
        if (Interlocked.Exchange(ref _refreshQueued, 1) == 1)
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
