using System.Collections.Concurrent;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Pipeline;
using DossierLsp.Server.Protocol;

namespace DossierLsp.Server.Indexing;

/// <summary>What the server keeps of one dossier on disk: its summary, its diagnostics and their result id, never its text.</summary>
internal sealed record IndexEntry(string Uri, DossierSummary Summary, Diagnostic[] Diagnostics, string ResultId)
{
    public string Path => Summary.Path;
}

/// <summary>
/// The dossiers of the workspace folders as last read from disk. Open documents are not read from here: their
/// snapshot in the <see cref="DocumentStore"/> is the truth while they are open. One writer (the indexer), any
/// number of readers.
/// </summary>
internal sealed class WorkspaceIndex
{
    private readonly ConcurrentDictionary<string, IndexEntry> _entries = new(StringComparer.Ordinal);
    private readonly object _writer = new();
    private DossierIndex _summaries = DossierIndex.Empty;

    public int Count => _entries.Count;

    /// <summary>The summaries of the files on disk, as one immutable snapshot.</summary>
    public DossierIndex Summaries => Volatile.Read(ref _summaries);

    public IndexEntry? Get(string uri) => _entries.GetValueOrDefault(uri);

    public IReadOnlyList<IndexEntry> All() => _entries.Values.ToArray();

    /// <summary>Stores the entry; true when its diagnostics differ from those stored before.</summary>
    public bool Put(IndexEntry entry)
    {
        lock (_writer)
        {
            IndexEntry? before = _entries.GetValueOrDefault(entry.Uri);
            _entries[entry.Uri] = entry;
            Volatile.Write(ref _summaries, _summaries.With(entry.Summary));
            return before?.ResultId != entry.ResultId;
        }
    }

    /// <summary>Forgets the file (deleted, or no longer a dossier); true when it was indexed.</summary>
    public bool Remove(string uri)
    {
        lock (_writer)
        {
            if (!_entries.TryRemove(uri, out IndexEntry? removed))
            {
                return false;
            }
            Volatile.Write(ref _summaries, _summaries.Without(removed.Path));
            return true;
        }
    }

    /// <summary>The indexed files not among <paramref name="seen"/>: gone since they were indexed.</summary>
    public IReadOnlyList<string> UrisNotIn(IReadOnlySet<string> seen) => _entries.Keys.Where(uri => !seen.Contains(uri)).ToArray();
}
