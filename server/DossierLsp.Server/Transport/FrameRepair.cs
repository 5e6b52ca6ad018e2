using System.Text;
using System.Text.Json;

namespace DossierLsp.Server.Transport;

/// <summary>
/// Repairs what a frame's bytes get wrong without being meaningless: invalid UTF-8 and lone-surrogate escapes
/// (<c>"\ud800"</c>), which System.Text.Json parses but cannot turn into strings; and finds where the next frame starts
/// when a Content-Length was wrong.
/// </summary>
internal static class FrameRepair
{
    private static readonly byte[] Replacement = "\\ufffd"u8.ToArray();
    private static readonly System.Buffers.SearchValues<byte> HeaderNameBytes =
        System.Buffers.SearchValues.Create("-ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"u8);

    /// <summary>
    /// The body with invalid UTF-8 and unpaired surrogate escapes replaced by U+FFFD, and what was replaced; the same
    /// array and null when there was nothing to replace.
    /// </summary>
    public static (byte[] Body, string? Repair) Repair(byte[] body)
    {
        string? repair = null;
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body));
            repair = "invalid UTF-8";
        }
        if (LoneSurrogateEscapes(body) is { Count: > 0 } lone)
        {
            var repaired = new List<byte>(body.Length);
            int from = 0;
            foreach (int at in lone)
            {
                repaired.AddRange(body.AsSpan(from, at - from));
                repaired.AddRange(Replacement);
                from = at + Replacement.Length;
            }
            repaired.AddRange(body.AsSpan(from));
            body = [.. repaired];
            repair = repair is null ? "a lone surrogate escape" : repair + " and a lone surrogate escape";
        }
        return (body, repair);
    }

    /// <summary>
    /// After a repair, a message whose method, jsonrpc or string id held the bad text cannot be taken at its word: its
    /// method would be another, its answer would go to another id. Which of them holds it, and why the message is
    /// refused; null when those are untouched.
    /// </summary>
    public static (string Member, string Reason)? DamagedEnvelope(byte[] repairedBody)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(repairedBody);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            foreach (string name in (string[])["method", "jsonrpc", "id"])
            {
                if (document.RootElement.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Contains('\uFFFD'))
                {
                    return (name, $"the message's \"{name}\" is not valid text (invalid UTF-8 or a lone surrogate)");
                }
            }
            return null;
        }
        catch (JsonException)
        {
            return null; // not JSON at all: the validation that follows says so
        }
    }

    /// <summary>Where the next frame's Content-Length header starts in <paramref name="bytes"/> after offset 0, or -1.</summary>
    public static int NextHeader(ReadOnlySpan<byte> bytes)
    {
        for (int from = 1; from < bytes.Length; from++)
        {
            int at = bytes[from..].IndexOfAny((byte)'C', (byte)'c');
            if (at < 0)
            {
                return -1;
            }
            from += at;
            if (StartsWithHeaderName(bytes[from..]))
            {
                return from;
            }
        }
        return -1;
    }

    /// <summary>
    /// Where the body's one JSON value ends, when what follows it is the start of the next frame's Content-Length
    /// header (the declared length was too long); else -1.
    /// </summary>
    public static int EndBeforeNextHeader(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, isFinalBlock: false, state: default);
        try
        {
            if (!reader.Read() || !reader.TrySkip())
            {
                return -1;
            }
        }
        catch (JsonException)
        {
            return -1;
        }
        int end = (int)reader.BytesConsumed;
        ReadOnlySpan<byte> rest = body[end..];
        ReadOnlySpan<byte> name = "Content-Length:"u8;
        return rest.Length > 0 && Ascii.EqualsIgnoreCase(rest[..Math.Min(rest.Length, name.Length)], name[..Math.Min(rest.Length, name.Length)]) ? end : -1;
    }

    public static bool StartsWithHeaderName(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 15 && Ascii.EqualsIgnoreCase(bytes[..15], "Content-Length:"u8);

    public static (bool Complete, long Length, string? Problem) ParseHeader(string header)
    {
        foreach (string line in header.Split("\r\n"))
        {
            int colon = line.IndexOf(':');
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                return long.TryParse(line[(colon + 1)..].Trim(), out long length) && length >= 0
                    ? (false, length, null)
                    : (false, 0, $"bad Content-Length '{line[(colon + 1)..].Trim()}'");
            }
        }
        return (false, 0, "no Content-Length header");
    }

    /// <summary>Whether <paramref name="bytes"/> are whole header lines (<c>Name: value</c> CRLF), as before a Content-Length that follows other headers.</summary>
    public static bool AreHeaderLines(ReadOnlySpan<byte> bytes)
    {
        foreach (Range line in bytes.Split("\r\n"u8))
        {
            ReadOnlySpan<byte> text = bytes[line];
            int colon = text.IndexOf((byte)':');
            if (text.Length > 0 && (colon <= 0 || text[..colon].ContainsAnyExcept(HeaderNameBytes) || text[colon..].ContainsAnyExceptInRange((byte)' ', (byte)'~')))
            {
                return false;
            }
        }
        return bytes.IsEmpty || bytes.EndsWith("\r\n"u8);
    }

    /// <summary>Offsets of <c>\uD800</c>–<c>\uDFFF</c> escapes not part of a high-low pair (backslash escapes are only legal inside strings).</summary>
    private static List<int> LoneSurrogateEscapes(ReadOnlySpan<byte> body)
    {
        var lone = new List<int>();
        for (int i = body.IndexOf((byte)'\\'); i >= 0 && i < body.Length; i++)
        {
            if (body[i] != '\\')
            {
                continue;
            }
            if (EscapedUnit(body, i) is not { } unit)
            {
                i++; // an escaped character such as \\ or \": skip it
                continue;
            }
            if (char.IsHighSurrogate(unit) && EscapedUnit(body, i + 6) is { } next && char.IsLowSurrogate(next))
            {
                i += 11;
            }
            else
            {
                if (char.IsSurrogate(unit))
                {
                    lone.Add(i);
                }
                i += 5;
            }
        }
        return lone;
    }

    private static char? EscapedUnit(ReadOnlySpan<byte> body, int at) =>
        at + 6 <= body.Length && body[at] == '\\' && body[at + 1] == 'u'
        && int.TryParse(Encoding.ASCII.GetString(body.Slice(at + 2, 4)), System.Globalization.NumberStyles.HexNumber, null, out int unit)
            ? (char)unit
            : null;
}
