using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;

namespace DossierLsp.Server.Transport;

/// <summary>
/// Sits between stdin and StreamJsonRpc. StreamJsonRpc closes the whole connection on a malformed body and accepts
/// any Content-Length; an editor must not lose its server to one bad message. So every frame is checked here first:
/// a well-formed JSON-RPC message passes through unchanged; a malformed or oversized one is dropped (an oversized
/// body is skipped without being held in memory) and replaced by a notification <see cref="MalformedMethod"/> that
/// carries the error JSON-RPC gives for it and the original id when one can be read, for the server to answer.
/// </summary>
internal static class MessageSanitizer
{
    public const int MaxMessageBytes = 64 * 1024 * 1024;
    public const int MaxHeaderBytes = 8 * 1024;
    public const string MalformedMethod = "$/dossier/malformedMessage";
    /// <summary>Sent before a frame the transport repaired (bad text, a wrong Content-Length), so that the server logs it.</summary>
    public const string NoteMethod = "$/dossier/transportNote";
    /// <summary>Sent after the client's last message when its stream ends: everything before it has been dispatched once it runs.</summary>
    public const string EndOfInputMethod = "$/dossier/endOfInput";
    public const int ParseError = -32700, InvalidRequest = -32600;

    /// <summary>
    /// Why a frame is not passed on, and the error it is answered with: <paramref name="Code"/> null for none (it was a
    /// response), <paramref name="Id"/> the request's id as JSON text, null when it cannot be read.
    /// </summary>
    internal sealed record Refusal(int? Code, string Reason, string? Id = null);

    public static async Task PumpAsync(Stream input, PipeWriter output, OutboundRequests outbound, CancellationToken cancellationToken)
    {
        var reader = PipeReader.Create(input, new StreamPipeReaderOptions(bufferSize: 64 * 1024, leaveOpen: true));
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                (bool complete, long length, string? headerProblem) = await ReadHeaderAsync(reader, cancellationToken);
                if (complete)
                {
                    await EndOfInputAsync(output, cancellationToken);
                    break;
                }
                if (headerProblem is not null)
                {
                    // No frame, so no message to answer.
                    await WriteNoteAsync(output, $"dropped a frame: {headerProblem}", cancellationToken);
                    continue;
                }
                if (length > MaxMessageBytes)
                {
                    string? id = await SkipAsync(reader, length, cancellationToken);
                    await WriteRefusalAsync(output, new Refusal(ParseError, $"message of {length:N0} bytes is over the {MaxMessageBytes:N0}-byte limit", id), cancellationToken);
                    continue;
                }
                if (!await ForwardBodyAsync(reader, output, (int)length, outbound, cancellationToken))
                {
                    await EndOfInputAsync(output, cancellationToken);
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
            // The client went away; completing the pipe ends the connection.
        }
        finally
        {
            await reader.CompleteAsync();
            await output.CompleteAsync();
        }
    }

    /// <summary>
    /// The client's stream ended. StreamJsonRpc would drop the messages it had not yet dispatched (a client may write
    /// initialize … shutdown, exit and close at once); so the end is announced as a message behind them, and the
    /// connection is completed only when the server, having handled it and answered everything, cancels the pump.
    /// </summary>
    private static async Task EndOfInputAsync(PipeWriter output, CancellationToken cancellationToken)
    {
        await WriteFrameAsync(output, Encoding.UTF8.GetBytes($"{{\"jsonrpc\":\"2.0\",\"method\":\"{EndOfInputMethod}\"}}"), cancellationToken);
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }

    /// <summary>
    /// Why the body is not one JSON-RPC 2.0 message that StreamJsonRpc can take, and how JSON-RPC answers that: -32700
    /// for what is not JSON, -32600 for JSON that is no request object, nothing for a response; empty when it can be
    /// passed on. A response must answer a request the server sent and has not had answered: StreamJsonRpc closes the
    /// connection on any other (a client answering twice, or late, would take the server down).
    /// </summary>
    internal static IReadOnlyList<Refusal> Refusals(byte[] body, OutboundRequests outbound)
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
    internal static string? RecoverId(ReadOnlySpan<byte> body)
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

    /// <summary>
    /// Reads one header block. Bytes before it that are no header (the rest of a body whose Content-Length was too short)
    /// are skipped up to the next Content-Length header, as clangd does, so one wrong length costs one message, not the
    /// connection.
    /// </summary>
    private static async ValueTask<(bool Complete, long Length, string? Problem)> ReadHeaderAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        while (true)
        {
            ReadResult read = await reader.ReadAsync(cancellationToken);
            ReadOnlySequence<byte> buffer = read.Buffer;
            SequencePosition? end = FindHeaderEnd(buffer);
            if (end is null)
            {
                if (buffer.Length > MaxHeaderBytes)
                {
                    byte[] seen = buffer.Slice(0, MaxHeaderBytes).ToArray();
                    int next = FrameRepair.NextHeader(seen);
                    // Keep what may be the start of a header cut off at the end of what was seen.
                    reader.AdvanceTo(buffer.GetPosition(next > 0 ? next : MaxHeaderBytes - 15));
                    return (false, 0, $"no header end within {MaxHeaderBytes} bytes; skipped to the next Content-Length header");
                }
                if (read.IsCompleted)
                {
                    reader.AdvanceTo(buffer.End);
                    return (true, 0, null);
                }
                reader.AdvanceTo(buffer.Start, buffer.End);
                continue;
            }
            byte[] block = buffer.Slice(0, end.Value).ToArray();
            if (FrameRepair.NextHeader(block) is > 0 and int header && !FrameRepair.AreHeaderLines(block.AsSpan(0, header)))
            {
                reader.AdvanceTo(buffer.GetPosition(header));
                return (false, 0, $"skipped {header:N0} bytes that were no message header (was the last Content-Length too short?)");
            }
            reader.AdvanceTo(buffer.GetPosition(4, end.Value));
            return FrameRepair.ParseHeader(Encoding.ASCII.GetString(block));
        }
    }

    private static SequencePosition? FindHeaderEnd(ReadOnlySequence<byte> buffer)
    {
        var reader = new SequenceReader<byte>(buffer);
        return reader.TryReadTo(out ReadOnlySequence<byte> headers, "\r\n\r\n"u8, advancePastDelimiter: false) ? headers.End : null;
    }

    /// <summary>
    /// Reads one body and passes it on, repaired, or replaced by a malformed-message call. A body that is broken because
    /// the start of a Content-Length header follows its JSON value had a declared length too long: it ends with the value,
    /// and the header is left unread for the next frame. False when the input ended first.
    /// </summary>
    private static async ValueTask<bool> ForwardBodyAsync(PipeReader reader, PipeWriter output, int length, OutboundRequests outbound, CancellationToken cancellationToken)
    {
        ReadResult read = await reader.ReadAtLeastAsync(length, cancellationToken);
        if (read.Buffer.Length < length)
        {
            reader.AdvanceTo(read.Buffer.End);
            return false;
        }
        byte[] body = read.Buffer.Slice(0, length).ToArray();
        (body, string? repair, IReadOnlyList<Refusal> refusals) = Check(body, outbound);
        if (refusals.Count > 0 && FrameRepair.EndBeforeNextHeader(body) is > 0 and int next)
        {
            await WriteNoteAsync(output, $"a message's Content-Length said {length:N0} bytes but its JSON ended after {next:N0}, where the next header began; read up to it", cancellationToken);
            (body, repair, refusals) = Check(read.Buffer.Slice(0, next).ToArray(), outbound);
            length = next;
        }
        reader.AdvanceTo(read.Buffer.GetPosition(length));
        if (repair is not null && refusals.Count == 0)
        {
            await WriteNoteAsync(output, $"replaced {repair} in a message's parameters with U+FFFD", cancellationToken);
        }
        foreach (Refusal refusal in refusals)
        {
            string reason = repair is null ? refusal.Reason : $"{refusal.Reason} ({repair})";
            await (refusal.Code is null ? WriteNoteAsync(output, $"dropped a message: {reason}", cancellationToken) : WriteRefusalAsync(output, refusal with { Reason = reason }, cancellationToken));
        }
        if (refusals.Count == 0)
        {
            await WriteFrameAsync(output, body, cancellationToken);
        }
        return true;
    }

    /// <summary>The body repaired, what was repaired, and why it is refused (nothing when it can be passed on).</summary>
    private static (byte[] Body, string? Repair, IReadOnlyList<Refusal> Refusals) Check(byte[] body, OutboundRequests outbound)
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

    /// <summary>Discards <paramref name="length"/> bytes, keeping only enough of the start to find the request's id.</summary>
    private static async ValueTask<string?> SkipAsync(PipeReader reader, long length, CancellationToken cancellationToken)
    {
        string? id = null;
        while (length > 0)
        {
            ReadResult read = await reader.ReadAsync(cancellationToken);
            long take = Math.Min(length, read.Buffer.Length);
            if (id is null && take > 0)
            {
                id = RecoverId(read.Buffer.Slice(0, Math.Min(take, 64 * 1024)).ToArray());
            }
            reader.AdvanceTo(read.Buffer.GetPosition(take));
            length -= take;
            if (read.IsCompleted && length > 0)
            {
                break;
            }
        }
        return id;
    }

    /// <summary>Something the transport repaired, for the server to log.</summary>
    private static ValueTask WriteNoteAsync(PipeWriter output, string note, CancellationToken cancellationToken) =>
        WriteFrameAsync(output, Encoding.UTF8.GetBytes($"{{\"jsonrpc\":\"2.0\",\"method\":\"{NoteMethod}\",\"params\":{{\"reason\":\"{JsonEncodedText.Encode(note)}\"}}}}"), cancellationToken);

    /// <summary>A refused message, for the server to log and answer with <see cref="Refusal.Code"/>.</summary>
    private static ValueTask WriteRefusalAsync(PipeWriter output, Refusal refusal, CancellationToken cancellationToken) =>
        WriteFrameAsync(output, Encoding.UTF8.GetBytes($"{{\"jsonrpc\":\"2.0\",\"method\":\"{MalformedMethod}\",\"params\":{{\"reason\":\"{JsonEncodedText.Encode(refusal.Reason)}\",\"code\":{refusal.Code},\"id\":{refusal.Id ?? "null"}}}}}"), cancellationToken);

    private static async ValueTask WriteFrameAsync(PipeWriter output, byte[] body, CancellationToken cancellationToken)
    {
        output.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        output.Write(body);
        await output.FlushAsync(cancellationToken);
    }
}
