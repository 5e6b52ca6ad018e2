using System.Collections.Concurrent;
using System.Text.Json;
using DossierLsp.Server.Protocol;

namespace DossierLsp.Server.Indexing;

/// <summary>
/// The result id of each document's diagnostics: the same id for as long as the diagnostics stay the same, a new one
/// when they change, so a pulling client is told "unchanged" exactly when nothing changed.
/// </summary>
internal sealed class ResultIds
{
    private readonly ConcurrentDictionary<string, (string Content, string Id)> _last = new(StringComparer.Ordinal);
    // Ids from an earlier server process (the client keeps them across a restart) must never match this one's.
    private readonly string _epoch = Guid.NewGuid().ToString("N")[..8];
    private long _next;

    public string For(string uri, Diagnostic[] diagnostics)
    {
        string content = JsonSerializer.Serialize(diagnostics, LspJsonContext.Default.DiagnosticArray);
        return _last.AddOrUpdate(uri,
            _ => (content, NewId()),
            (_, last) => last.Content == content ? last : (content, NewId())).Id;
    }

    private string NewId() => $"{_epoch}-{Interlocked.Increment(ref _next)}";
}
