using System.Text;
using DossierLsp.Core.Text;
using DossierLsp.Server.Protocol;

namespace DossierLsp.Server;

/// <summary>
/// The one place where core offsets (UTF-16) become LSP positions and back, in the encoding negotiated at
/// <c>initialize</c>: UTF-16 code units (the LSP default) or UTF-8 bytes.
/// </summary>
internal sealed class PositionEncoding
{
    public static readonly PositionEncoding Utf16 = new("utf-16");
    public static readonly PositionEncoding Utf8 = new("utf-8");

    private PositionEncoding(string name) => Name = name;

    public string Name { get; }

    /// <summary>utf-16 when the client offers it or offers nothing (the LSP default), else utf-8 when offered.</summary>
    public static PositionEncoding Negotiate(string[]? offered) =>
        offered is null || offered.Length == 0 || offered.Contains("utf-16") ? Utf16
        : offered.Contains("utf-8") ? Utf8
        : Utf16;

    public Position ToPosition(SourceText text, int offset)
    {
        LinePosition position = text.GetPosition(offset);
        if (this == Utf16)
        {
            return new Position(position.Line, position.Character);
        }
        int lineStart = text.GetLineStart(position.Line);
        return new Position(position.Line, Encoding.UTF8.GetByteCount(text.Text.AsSpan(lineStart, position.Character)));
    }

    public Protocol.Range ToRange(SourceText text, TextSpan span) => new(ToPosition(text, span.Start), ToPosition(text, span.End));

    /// <summary>The offset of an LSP position; positions past a line's end clamp to it, as the specification asks.</summary>
    public int ToOffset(SourceText text, Position position)
    {
        if (position.Line >= text.LineCount)
        {
            return text.Length;
        }
        int line = Math.Max(0, position.Line);
        if (this == Utf16)
        {
            return text.GetOffset(new LinePosition(line, position.Character));
        }
        int offset = text.GetLineStart(line), end = text.GetLineEnd(line), bytes = 0;
        while (offset < end && bytes < position.Character)
        {
            int width = char.IsHighSurrogate(text.Text[offset]) && offset + 1 < end ? 2 : 1;
            bytes += Encoding.UTF8.GetByteCount(text.Text.AsSpan(offset, width));
            offset += width;
        }
        return offset;
    }

    public TextSpan ToSpan(SourceText text, Protocol.Range range)
    {
        int start = ToOffset(text, range.Start);
        return TextSpan.FromBounds(start, Math.Max(start, ToOffset(text, range.End)));
    }
}
