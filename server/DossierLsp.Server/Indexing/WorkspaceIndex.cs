using System.Collections.Concurrent;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Pipeline;
using DossierLsp.Server.Protocol;

namespace DossierLsp.Server.Indexing;

/// <summary>
/// What the server keeps of one file on disk: its summary (null when the file could not be read), its diagnostics and
/// their result id, never its text.
/// </summary>
internal sealed record IndexEntry(string Uri, string Path, DossierSummary? Summary, Diagnostic[] Diagnostics, string ResultId);

/// <summary>
/// The dossiers of the workspace folders as last read from disk, and the files there that could not be read. Open
/// documents are not read from here: their snapshot in the <see cref="DocumentStore"/> is the truth while they are
/// open. Any number of writers (the index workers) and readers.
/// </summary>
internal sealed class WorkspaceIndex
{
    private readonly ConcurrentDictionary<string, IndexEntry> _entries = new(StringComparer.Ordinal);
    private readonly object _writer = new();
    private DossierIndex _summaries = DossierIndex.Empty;

    public int Count => _entries.Count;

    /// <summary>The summaries of the dossiers on disk, as one immutable snapshot.</summary>
    public DossierIndex Summaries => Volatile.Read(ref _summaries);

    public IndexEntry? Get(string uri) => _entries.GetValueOrDefault(uri);

    public IReadOnlyList<IndexEntry> All() => _entries.Values.ToArray();

    /// <summary>
    /// Stores a batch of entries and publishes one new snapshot for all of them (a snapshot per file would cost a
    /// sorted-tree copy each); returns the URIs whose diagnostics differ from those stored before.
    /// </summary>
    public IReadOnlyList<string> Put(IReadOnlyList<IndexEntry> entries)
    {
        var changed = new List<string>();
        lock (_writer)
        {
            DossierIndex summaries = _summaries;
            var added = new List<DossierSummary>(entries.Count);
            foreach (IndexEntry entry in entries)
            {
                IndexEntry? before = _entries.GetValueOrDefault(entry.Uri);
                _entries[entry.Uri] = entry;
                if (entry.Summary is { } summary)
                {
                    added.Add(summary);
                }
                else if (before?.Summary is not null)
                {
                    summaries = summaries.Without(entry.Path);
                }
                if (before?.ResultId != entry.ResultId)
                {
                    changed.Add(entry.Uri);
                }
            }
            Volatile.Write(ref _summaries, added.Count == 0 ? summaries : summaries.With(added));
        }
        return changed;
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
