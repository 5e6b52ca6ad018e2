using System.Text;

namespace DossierLsp.Server.Hosting;

/// <summary>Reads files as UTF-8 (a BOM is allowed and dropped), refusing anything else with the position of the first bad byte.</summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public sealed record Decoded(string? Text, bool HadBom, string? Error, int ErrorLine, int ErrorColumn);

    public static Decoded Decode(ReadOnlySpan<byte> bytes)
    {
        int start = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        ReadOnlySpan<byte> content = bytes[start..];
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new Decoded(null, false, "the file is UTF-16; dossiers must be UTF-8", 1, 1);
        }
        try
        {
            return new Decoded(Strict.GetString(content), start == 3, null, 0, 0);
        }
        catch (DecoderFallbackException)
        {
            var (line, column) = FirstInvalidByte(content);
            return new Decoded(null, false, "the file is not valid UTF-8 (is it Latin-1 or another legacy encoding? re-save it as UTF-8)", line, column);
        }
    }

    /// <summary>One-based line and column (in UTF-16 code units) of the first byte that is not valid UTF-8; lines end at CR, LF or CRLF.</summary>
    private static (int Line, int Column) FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        int line = 1, column = 1, i = 0;
        bool afterCr = false;
        while (i < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[i..], out Rune rune, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                break;
            }
            i += consumed;
            if (rune.Value == '\r' || (rune.Value == '\n' && !afterCr))
            {
                line++;
                column = 1;
            }
            else if (rune.Value != '\n')
            {
                column += rune.Utf16SequenceLength;
            }
            afterCr = rune.Value == '\r';
        }
        return (line, column);
    }
}
