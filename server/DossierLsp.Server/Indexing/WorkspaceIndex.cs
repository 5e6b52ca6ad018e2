using System.Collections.Concurrent;
using DossierLsp.Server.Protocol;

namespace DossierLsp.Server.Indexing;

/// <summary>What the server keeps of one dossier on disk: its diagnostics and their result id, never its text.</summary>
internal sealed record IndexEntry(string Uri, string Path, Diagnostic[] Diagnostics, string ResultId);

/// <summary>
/// The dossiers of the workspace folders as last read from disk. Open documents are not read from here: their
/// snapshot in the <see cref="DocumentStore"/> is the truth while they are open.
/// </summary>
internal sealed class WorkspaceIndex
{
    private readonly ConcurrentDictionary<string, IndexEntry> _entries = new(StringComparer.Ordinal);
    private int _version;

    /// <summary>Bumped by every change, so a reader can tell whether anything changed since it last looked.</summary>
    public int Version => Volatile.Read(ref _version);

    public int Count => _entries.Count;

    public IndexEntry? Get(string uri) => _entries.GetValueOrDefault(uri);

    public IReadOnlyList<IndexEntry> All() => _entries.Values.ToArray();

    /// <summary>Stores the entry; true when its diagnostics differ from those stored before.</summary>
    public bool Put(IndexEntry entry)
    {
        IndexEntry? before = null;
        _entries.AddOrUpdate(entry.Uri, entry, (_, old) =>
        {
            before = old;
            return entry;
        });
        Interlocked.Increment(ref _version);
        return before?.ResultId != entry.ResultId;
    }

    /// <summary>Forgets the file (deleted, or no longer a dossier); true when it was indexed.</summary>
    public bool Remove(string uri)
    {
        bool removed = _entries.TryRemove(uri, out _);
        if (removed)
        {
            Interlocked.Increment(ref _version);
        }
        return removed;
    }

    /// <summary>The indexed files under none of <paramref name="seen"/>: gone since they were indexed.</summary>
    public IReadOnlyList<string> UrisNotIn(IReadOnlySet<string> seen) => _entries.Keys.Where(uri => !seen.Contains(uri)).ToArray();
}
