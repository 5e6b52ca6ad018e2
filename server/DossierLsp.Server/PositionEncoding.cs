using System.Text;
using DossierLsp.Core.Text;
using DossierLsp.Server.Protocol;

namespace DossierLsp.Server;

/// <summary>
/// The one place where core offsets (UTF-16) become LSP positions and back, in the encoding negotiated at
/// <c>initialize</c>: UTF-16 code units (the LSP default), UTF-8 bytes or UTF-32 code points.
/// </summary>
internal sealed class PositionEncoding
{
    public static readonly PositionEncoding Utf16 = new("utf-16", null);
    public static readonly PositionEncoding Utf8 = new("utf-8", c => Encoding.UTF8.GetByteCount(c));
    public static readonly PositionEncoding Utf32 = new("utf-32", _ => 1);

    private static readonly PositionEncoding[] Supported = [Utf16, Utf8, Utf32];

    /// <summary>Column units of one code point (a surrogate pair or a single char); null for UTF-16, whose units are chars.</summary>
    private readonly SpanFunc? _width;

    private delegate int SpanFunc(ReadOnlySpan<char> codePoint);

    private PositionEncoding(string name, SpanFunc? width)
    {
        Name = name;
        _width = width;
    }

    public string Name { get; }

    /// <summary>
    /// The first encoding in the client's list that the server supports (the client lists them in order of
    /// preference); UTF-16 when it offers none, as the specification says.
    /// </summary>
    public static PositionEncoding Negotiate(string[]? offered) =>
        offered?.Select(name => Supported.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase)))
            .FirstOrDefault(e => e is not null) ?? Utf16;

    public Position ToPosition(SourceText text, int offset)
    {
        LinePosition position = text.GetPosition(offset);
        if (_width is null)
        {
            return new Position(position.Line, position.Character);
        }
        int lineStart = text.GetLineStart(position.Line), end = lineStart + position.Character, units = 0;
        for (int i = lineStart; i < end; i += CharsAt(text.Text, i, end))
        {
            units += _width(text.Text.AsSpan(i, CharsAt(text.Text, i, end)));
        }
        return new Position(position.Line, units);
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
        if (_width is null)
        {
            return text.GetOffset(new LinePosition(line, position.Character));
        }
        int offset = text.GetLineStart(line), end = text.GetLineEnd(line), units = 0;
        // A column inside a character moves past it: a surrogate pair is never split.
        while (offset < end && units < position.Character)
        {
            int chars = CharsAt(text.Text, offset, end);
            units += _width(text.Text.AsSpan(offset, chars));
            offset += chars;
        }
        return offset;
    }

    public TextSpan ToSpan(SourceText text, Protocol.Range range)
    {
        int start = ToOffset(text, range.Start);
        return TextSpan.FromBounds(start, Math.Max(start, ToOffset(text, range.End)));
    }

    /// <summary>2 for a surrogate pair starting at <paramref name="i"/>, else 1.</summary>
    private static int CharsAt(string text, int i, int end) => char.IsHighSurrogate(text[i]) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
}
