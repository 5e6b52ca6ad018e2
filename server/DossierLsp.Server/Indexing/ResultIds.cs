using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text.Json;
using DossierLsp.Server.Protocol;

namespace DossierLsp.Server.Indexing;

/// <summary>
/// The result id of each document's diagnostics: the same id for as long as the diagnostics stay the same, a new one
/// when they change, so a pulling client is told "unchanged" exactly when nothing changed. Only a digest of what was
/// reported is kept per file, not the report.
/// </summary>
internal sealed class ResultIds
{
    private readonly ConcurrentDictionary<string, (UInt128 Digest, string Id)> _last = new(StringComparer.Ordinal);
    // Ids from an earlier server process (the client keeps them across a restart) must never match this one's.
    private readonly string _epoch = Guid.NewGuid().ToString("N")[..8];
    private long _next;

    public string For(string uri, Diagnostic[] diagnostics)
    {
        UInt128 digest = Digest(diagnostics);
        return _last.AddOrUpdate(uri,
            _ => (digest, NewId()),
            (_, last) => last.Digest == digest ? last : (digest, NewId())).Id;
    }

    private static UInt128 Digest(Diagnostic[] diagnostics)
    {
        // A non-cryptographic hash: change detection needs no adversary-proof digest, and SHA-256 would load OpenSSL
        // (3.4 MB of the server's idle memory).
        return XxHash128.HashToUInt128(JsonSerializer.SerializeToUtf8Bytes(diagnostics, LspJsonContext.Default.DiagnosticArray));
    }

    private string NewId() => $"{_epoch}-{Interlocked.Increment(ref _next)}";
}
