using System.Text.Json;

namespace DossierLsp.Server.Transport;

/// <summary>
/// Whether a frame's body is a JSON-RPC 2.0 message StreamJsonRpc can take and, when not, the answer JSON-RPC gives
/// it: -32700 Parse error for what is not JSON, -32600 Invalid Request for JSON that is no request object, to the
/// request's id when it can be read, else to id null; nothing for a response, which is never answered.
/// </summary>
internal static class MessageCheck
{
    public const int ParseError = -32700, InvalidRequest = -32600;

    /// <summary>The body repaired, what was repaired, and why it is refused (nothing when it can be passed on).</summary>
    public static (byte[] Body, string? Repair, IReadOnlyList<Refusal> Refusals) Check(byte[] body, OutboundRequests outbound)
    {
        (body, string? repair) = FrameRepair.Repair(body);
        if (repair is not null && FrameRepair.DamagedEnvelope(body) is { } damaged)
        {
            // Invalid UTF-8 makes the body no JSON text; a lone surrogate is JSON, but no text a method or id can be.
            // A damaged id is not the request's: the answer goes to id null.
            int code = repair.Contains("UTF-8", StringComparison.Ordinal) ? ParseError : InvalidRequest;
            return (body, repair, [new Refusal(code, damaged.Reason, damaged.Member == "id" ? null : RecoverId(body))]);
        }
        return (body, repair, Refusals(body, outbound));
    }

    /// <summary>
    /// Why the body is not one JSON-RPC 2.0 message that StreamJsonRpc can take, and how JSON-RPC answers that: -32700
    /// for what is not JSON, -32600 for JSON that is no request object, nothing for a response; empty when it can be
    /// passed on. A response must answer a request the server sent and has not had answered: StreamJsonRpc closes the
    /// connection on any other (a client answering twice, or late, would take the server down).
    /// </summary>
    private static IReadOnlyList<Refusal> Refusals(byte[] body, OutboundRequests outbound)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Array
                ? RefuseBatch(document.RootElement)
                : Validate(document.RootElement, outbound) is { } refusal ? [refusal] : [];
        }
        catch (JsonException e)
        {
            return [new Refusal(ParseError, $"the body is not valid JSON: {e.Message}", RecoverId(body))];
        }
        catch (InvalidOperationException e)
        {
            // System.Text.Json parses text it cannot turn into a string; Repair should have left none.
            return [new Refusal(ParseError, $"the body holds text that is not valid: {e.Message}", RecoverId(body))];
        }
    }

    private static Refusal? Validate(JsonElement root, OutboundRequests outbound)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new Refusal(InvalidRequest, "a message must be a JSON object");
        }
        bool hasId = root.TryGetProperty("id", out JsonElement id);
        string? idKey = hasId ? OutboundRequests.Key(id) : null;
        if (!root.TryGetProperty("method", out JsonElement method) && hasId && (root.TryGetProperty("result", out _) || root.TryGetProperty("error", out _)))
        {
            // A response is never answered, only dropped when it answers nothing.
            return idKey is not null && outbound.Complete(idKey) ? null : new Refusal(null, $"a response with id {id.GetRawText()} answers no request of the server");
        }
        Refusal Invalid(string reason) => new(InvalidRequest, reason, idKey);
        if (!root.TryGetProperty("jsonrpc", out JsonElement version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0")
        {
            return Invalid("a message must have \"jsonrpc\": \"2.0\"");
        }
        if (hasId && idKey is null)
        {
            return Invalid("an id must be an integer or a string");
        }
        if (method.ValueKind != JsonValueKind.String)
        {
            return Invalid("a message must be a request, a notification or a response");
        }
        if (!hasId && method.GetString() is "initialize" or "shutdown")
        {
            // StreamJsonRpc would run the handler for a notification too, and change the lifecycle unasked.
            return Invalid($"{method.GetString()} is a request: it needs an id");
        }
        // Many clients send "params": null for methods without parameters; accept it as omitted.
        if (root.TryGetProperty("params", out JsonElement parameters) && parameters.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null))
        {
            return Invalid("params must be an object or an array");
        }
        return null;
    }

    /// <summary>
    /// LSP's base protocol carries one message per frame. A batch is refused: each of its elements that is not a
    /// notification with -32600 (id null when it has none, as JSON-RPC answers an invalid element), an empty one once.
    /// </summary>
    private static List<Refusal> RefuseBatch(JsonElement batch)
    {
        const string reason = "LSP has no batches: send one message per frame";
        if (batch.GetArrayLength() == 0)
        {
            return [new Refusal(InvalidRequest, reason)];
        }
        return batch.EnumerateArray()
            .Where(element => element.ValueKind != JsonValueKind.Object || element.TryGetProperty("id", out _) || !element.TryGetProperty("method", out _))
            .Select(element => new Refusal(InvalidRequest, reason, element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out JsonElement id) ? OutboundRequests.Key(id) : null))
            .ToList();
    }

    /// <summary>
    /// The id of a broken request, read from the top level of the body up to the point where it breaks, as JSON text.
    /// Only when a top-level "method" was seen too: an id nested in params is not the request's, and a broken
    /// response carries an id of the server's own numbering, which an answer would confuse with one of the client's.
    /// </summary>
    public static string? RecoverId(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, isFinalBlock: false, state: default);
        string? id = null;
        bool hasMethod = false;
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth != 1 || reader.TokenType != JsonTokenType.PropertyName)
                {
                    continue;
                }
                if (reader.ValueTextEquals("method"u8))
                {
                    hasMethod = true;
                }
                else if (reader.ValueTextEquals("id"u8) && reader.Read())
                {
                    id = reader.TokenType switch
                    {
                        JsonTokenType.Number when reader.TryGetInt64(out long number) => OutboundRequests.Key(number),
                        JsonTokenType.String => OutboundRequests.Key(reader.GetString()!),
                        _ => null,
                    };
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // The body breaks here; what was read before it is all there is.
        }
        return hasMethod ? id : null;
    }
}

/// <summary>
/// Why a frame is not passed on, and the error it is answered with: <paramref name="Code"/> null for none (it was a
/// response), <paramref name="Id"/> the request's id as JSON text, null when it cannot be read.
/// </summary>
internal sealed record Refusal(int? Code, string Reason, string? Id = null);
