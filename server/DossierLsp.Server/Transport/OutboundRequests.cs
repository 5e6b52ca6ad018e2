using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

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

/// <summary>
/// StreamJsonRpc's connection, telling <see cref="OutboundRequests"/> of every request id it hands out, and keeping
/// the ids of the client's requests still to be answered, so the server can answer them all before it ends.
/// </summary>
internal sealed class LspJsonRpc(IJsonRpcMessageHandler handler, OutboundRequests outbound, Indexing.ForegroundActivity activity) : JsonRpc(handler)
{
    private readonly ConcurrentDictionary<RequestId, byte> _unanswered = new();
    private readonly AsyncAutoResetEvent _answered = new();

    /// <summary>Completes once every request dispatched so far has had its response sent.</summary>
    public async Task AllAnsweredAsync(CancellationToken cancellationToken)
    {
        while (!_unanswered.IsEmpty)
        {
            await _answered.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Sends an error answer of our own making, to a message the transport refused before StreamJsonRpc saw it.</summary>
    public Task AnswerWithErrorAsync(RequestId id, int code, string message)
    {
        var error = new JsonRpcError();
        error.RequestId = id;
        error.Error = new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)code, Message = message };
        return SendAsync(error, CancellationToken.None).AsTask();
    }

    /// <summary>
    /// Parameters that do not deserialize into the method's parameter type (a string where a number goes, a required
    /// member missing) are invalid params (-32602) in LSP, not an error of the method.
    /// </summary>
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception) =>
        exception is JsonException || exception.InnerException is JsonException
            ? new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.InvalidParams, Message = $"invalid params: {exception.Message}" }
            : base.CreateErrorDetails(request, exception);

    protected override RequestId CreateNewRequestId()
    {
        RequestId id = base.CreateNewRequestId();
        outbound.Started(id);
        return id;
    }

    protected override async ValueTask<JsonRpcMessage> DispatchRequestAsync(JsonRpcRequest request, TargetMethod targetMethod, CancellationToken cancellationToken)
    {
        if (request.IsResponseExpected)
        {
            _unanswered[request.RequestId] = 0;
        }
        // Background indexing steps aside until every document request and notification under way is handled;
        // workspace-wide requests (a workspace pull, symbols, the report) are not what a keystroke waits for.
        using Indexing.ForegroundActivity.Scope? foreground = IsForeground(request.Method) ? activity.Enter() : null;
        return await base.DispatchRequestAsync(request, targetMethod, cancellationToken);
    }

    private static bool IsForeground(string? method) =>
        method is not null && (method.StartsWith("textDocument/", StringComparison.Ordinal) || method == "dossier/documentInfo");

    protected override void OnResponseSent(JsonRpcMessage response)
    {
        base.OnResponseSent(response);
        if (response is IJsonRpcMessageWithId { RequestId: var id } && _unanswered.TryRemove(id, out _))
        {
            _answered.Set();
        }
    }
}
