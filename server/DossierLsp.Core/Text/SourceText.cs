using System.Buffers;

namespace DossierLsp.Core.Text;

/// <summary>
/// Immutable document text with one line index. Every position in the core is an offset into
/// <see cref="Text"/>; line/column views are derived here and nowhere else.
/// Line breaks are "\r\n", "\n" and "\r", as in the LSP specification.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text)
    {
        Text = text;
        _lineStarts = ComputeLineStarts(text);
    }

    public string Text { get; }

    public int Length => Text.Length;

    public int LineCount => _lineStarts.Length;

    public int GetLineStart(int line) => _lineStarts[line];

    /// <summary>The end of the line's content, before its line break.</summary>
    public int GetLineEnd(int line)
    {
        int start = _lineStarts[line];
        int end = GetLineEndIncludingBreak(line);
        if (end > start && Text[end - 1] == '\n')
        {
            end--;
        }
        if (end > start && Text[end - 1] == '\r')
        {
            end--;
        }
        return end;
    }

    /// <summary>The end of the line including its line break.</summary>
    public int GetLineEndIncludingBreak(int line) =>
        line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;

    public TextSpan GetLineSpan(int line) => TextSpan.FromBounds(_lineStarts[line], GetLineEnd(line));

    public string GetLineText(int line) => ToString(GetLineSpan(line));

    public int GetLineFromOffset(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        // The span search compares ints inline; Array.BinarySearch goes through a generic comparer for each step.
        int index = ((ReadOnlySpan<int>)_lineStarts).BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        int line = GetLineFromOffset(offset);
        return new LinePosition(line, offset - _lineStarts[line]);
    }

    /// <summary>Offset of a line/column; positions past the end of a line clamp to its end, past the last line to the text's end.</summary>
    public int GetOffset(LinePosition position)
    {
        if (position.Line < 0)
        {
            return 0;
        }
        if (position.Line >= _lineStarts.Length)
        {
            return Text.Length;
        }
        int start = _lineStarts[position.Line];
        return Math.Min(start + Math.Max(0, position.Character), GetLineEnd(position.Line));
    }

    /// <summary>The line break the document mostly uses, for text that edits insert.</summary>
    public string PreferredLineBreak
    {
        get
        {
            int index = Text.IndexOf('\n');
            return index > 0 && Text[index - 1] == '\r' ? "\r\n" : "\n";
        }
    }

    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    // One pass over the breaks (IndexOfAny is vectorised) into a pooled scratch array, copied to one exact array: no
    // second pass to count them first, no list growing through a document's lines.
    private static int[] ComputeLineStarts(string text)
    {
        int[] scratch = ArrayPool<int>.Shared.Rent(text.Length / TypicalLineLength + 16);
        try
        {
            int count = 1, from = 0;
            scratch[0] = 0;
            ReadOnlySpan<char> chars = text;
            while (chars[from..].IndexOfAny('\r', '\n') is >= 0 and int next)
            {
                int i = from + next;
                from = chars[i] == '\r' && i + 1 < chars.Length && chars[i + 1] == '\n' ? i + 2 : i + 1;
                if (count == scratch.Length)
                {
                    scratch = Grown(scratch);
                }
                scratch[count++] = from;
            }
            return scratch.AsSpan(0, count).ToArray();
        }
        finally
        {
            ArrayPool<int>.Shared.Return(scratch);
        }
    }

    /// <summary>Characters a line usually holds in a dossier, to size the scratch array so that it rarely grows.</summary>
    private const int TypicalLineLength = 32;

    private static int[] Grown(int[] full)
    {
        int[] larger = ArrayPool<int>.Shared.Rent(full.Length * 2);
        full.CopyTo(larger, 0);
        ArrayPool<int>.Shared.Return(full);
        return larger;
    }
}
