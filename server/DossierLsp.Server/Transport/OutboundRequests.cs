using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using StreamJsonRpc;

namespace DossierLsp.Server.Transport;

/// <summary>
/// The ids of the server's requests to the client that await an answer, so the transport can drop a response that
/// answers none of them before StreamJsonRpc sees it. Ids are kept as their JSON text.
/// </summary>
internal sealed class OutboundRequests
{
    private readonly ConcurrentDictionary<string, byte> _awaiting = new(StringComparer.Ordinal);

    public void Started(RequestId id)
    {
        if (id.String is { } text)
        {
            _awaiting[Key(text)] = 0;
        }
        else if (id.Number is { } number)
        {
            _awaiting[Key(number)] = 0;
        }
    }

    /// <summary>True, once, for the id of a request that awaits its answer.</summary>
    public bool Complete(string key) => _awaiting.TryRemove(key, out _);

    public static string Key(long number) => number.ToString(CultureInfo.InvariantCulture);

    public static string Key(string text) => $"\"{JsonEncodedText.Encode(text)}\"";

    /// <summary>The key of a JSON id, or null when it is neither an integer nor a string.</summary>
    public static string? Key(JsonElement id) => id.ValueKind switch
    {
        JsonValueKind.Number when id.TryGetInt64(out long number) => Key(number),
        JsonValueKind.String => Key(id.GetString()!),
        _ => null,
    };
}

/// <summary>StreamJsonRpc's connection, telling <see cref="OutboundRequests"/> of every request id it hands out.</summary>
internal sealed class LspJsonRpc(IJsonRpcMessageHandler handler, OutboundRequests outbound) : JsonRpc(handler)
{
    protected override RequestId CreateNewRequestId()
    {
        RequestId id = base.CreateNewRequestId();
        outbound.Started(id);
        return id;
    }
}
