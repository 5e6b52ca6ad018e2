using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
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
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(diagnostics, LspJsonContext.Default.DiagnosticArray), hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }

    private string NewId() => $"{_epoch}-{Interlocked.Increment(ref _next)}";
}
