using System.Collections.Concurrent;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;
using DossierLsp.Server.Protocol;

namespace DossierLsp.Server;

/// <summary>One version of an open document. Immutable; its analysis is computed at most once, on first use.</summary>
internal sealed class DocumentSnapshot
{
    private readonly Lazy<DocumentAnalysis> _analysis;

    public DocumentSnapshot(string uri, int version, SourceText text, Func<string, SourceText, DocumentAnalysis> analyze)
    {
        Uri = uri;
        Version = version;
        Text = text;
        _analysis = new Lazy<DocumentAnalysis>(() => analyze(uri, text), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Uri { get; }
    public int Version { get; }
    public SourceText Text { get; }
    public DocumentAnalysis Analysis => _analysis.Value;

    /// <summary>Same version and same text: what a position computed on one means in the other.</summary>
    public bool HasSameTextAs(DocumentSnapshot other) =>
        Uri == other.Uri && Version == other.Version && string.Equals(Text.Text, other.Text.Text, StringComparison.Ordinal);
}

/// <summary>
/// The open documents. Changes are applied by the caller strictly in arrival order; readers take an immutable
/// snapshot, so a request never sees a half-applied edit.
/// </summary>
internal sealed class DocumentStore(Func<string, SourceText, DocumentAnalysis> analyze)
{
    private readonly ConcurrentDictionary<string, DocumentSnapshot> _documents = new(StringComparer.Ordinal);

    public DocumentSnapshot Open(string uri, int version, string text) =>
        _documents[uri] = new DocumentSnapshot(uri, version, new SourceText(text), analyze);

    /// <summary>Applies the changes in order, each to the result of the one before; null when the document is not open.</summary>
    public DocumentSnapshot? Change(string uri, int version, IEnumerable<TextDocumentContentChangeEvent> changes, PositionEncoding encoding)
    {
        if (!_documents.TryGetValue(uri, out DocumentSnapshot? current))
        {
            return null;
        }
        SourceText text = current.Text;
        foreach (TextDocumentContentChangeEvent change in changes)
        {
            if (change.Range is null)
            {
                text = new SourceText(change.Text);
                continue;
            }
            TextSpan span = encoding.ToSpan(text, change.Range);
            text = new SourceText(string.Concat(text.Text.AsSpan(0, span.Start), change.Text, text.Text.AsSpan(span.End)));
        }
        return _documents[uri] = new DocumentSnapshot(uri, version, text, analyze);
    }

    public void Close(string uri) => _documents.TryRemove(uri, out _);

    public DocumentSnapshot? Get(string uri) => _documents.GetValueOrDefault(uri);

    public IReadOnlyList<DocumentSnapshot> All() => _documents.Values.ToArray();

    /// <summary>True when a document of this file path is open (the client's URI spelling may differ from the server's).</summary>
    public bool IsOpen(string path) => _documents.Keys.Any(uri => LanguageServer.PathOf(uri) == path);

    /// <summary>Fresh snapshots (same text and version) for every open document, after the configuration changed.</summary>
    public IReadOnlyList<DocumentSnapshot> Refresh()
    {
        var refreshed = new List<DocumentSnapshot>();
        foreach (var (uri, snapshot) in _documents)
        {
            var fresh = new DocumentSnapshot(uri, snapshot.Version, snapshot.Text, analyze);
            if (_documents.TryUpdate(uri, fresh, snapshot))
            {
                refreshed.Add(fresh);
            }
        }
        return refreshed;
    }
}
