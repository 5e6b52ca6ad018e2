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
                    await WriteRefusalAsync(output, new Refusal(MessageCheck.ParseError, $"message of {length:N0} bytes is over the {MaxMessageBytes:N0}-byte limit", id), cancellationToken);
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
        (body, string? repair, IReadOnlyList<Refusal> refusals) = MessageCheck.Check(body, outbound);
        if (refusals.Count > 0 && FrameRepair.EndBeforeNextHeader(body) is > 0 and int next)
        {
            await WriteNoteAsync(output, $"a message's Content-Length said {length:N0} bytes but its JSON ended after {next:N0}, where the next header began; read up to it", cancellationToken);
            (body, repair, refusals) = MessageCheck.Check(read.Buffer.Slice(0, next).ToArray(), outbound);
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
                id = MessageCheck.RecoverId(read.Buffer.Slice(0, Math.Min(take, 64 * 1024)).ToArray());
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
