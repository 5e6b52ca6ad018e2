using System.Collections.Concurrent;
using System.Text.Json;
using StreamJsonRpc;

namespace DossierLsp.Server.Transport;

/// <summary>
/// LSP's <c>$/cancelRequest</c>. StreamJsonRpc's own strategy reads the notification's id through the formatter's
/// type resolver, which here holds only the protocol records, so it never matched; this one keeps the running
/// requests' token sources by id and cancels them when the notification (a handler in <c>LspTarget</c>) arrives.
/// </summary>
internal sealed class LspCancellation : ICancellationStrategy
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new(StringComparer.Ordinal);

    public void IncomingRequestStarted(RequestId requestId, CancellationTokenSource cancellationTokenSource) =>
        _running[Key(requestId)] = cancellationTokenSource;

    public void IncomingRequestEnded(RequestId requestId) => _running.TryRemove(Key(requestId), out _);

    /// <summary>Cancels the request with this id (a JSON number or string), if it is still running.</summary>
    public void Cancel(JsonElement id)
    {
        string key = id.ValueKind == JsonValueKind.String ? $"s:{id.GetString()}" : $"n:{id.GetRawText()}";
        if (_running.TryGetValue(key, out CancellationTokenSource? source))
        {
            source.Cancel();
        }
    }

    // The server cancels none of its own requests to the client.
    public void CancelOutboundRequest(RequestId requestId)
    {
    }

    public void OutboundRequestEnded(RequestId requestId)
    {
    }

    private static string Key(RequestId id) => id.String is { } text ? $"s:{text}" : $"n:{id.Number}";
}
