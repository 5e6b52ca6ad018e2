using System.Buffers;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Document;

/// <summary>
/// Runs before Markdig and sets aside (blanks, keeping every offset) the lines that would make its work super-linear and
/// that cannot be cancelled once it starts: lines nested deeper than <see cref="MaxNesting"/> (block quotes, bullet and
/// ordered list markers, indentation) and setext heading underlines beyond <see cref="MaxSetextHeadings"/> (Markdig is
/// quadratic in them). Each kind is reported once, at its first line, as set aside: the rest of the document is checked.
/// </summary>
internal static class MarkdownPreScan
{
    /// <summary>Lines nested deeper than this are set aside. Real dossiers nest a few levels; pasted posts a few dozen.</summary>
    public const int MaxNesting = 32;

    /// <summary>More text underlined with <c>=</c> or <c>-</c> than this is read as text.</summary>
    public const int MaxSetextHeadings = 1000;

    // The first characters a nested line (indentation, '>', a bullet or ordered list marker) or a setext underline can
    // start with: most lines start with another (a letter, '#', '|') and need no closer look.
    private static readonly SearchValues<char> OpensContainerOrUnderlines = SearchValues.Create(" \t>-*+=0123456789");

    // Every character a nesting prefix or a setext underline is made of. A line with another character within its first
    // MaxNesting / 2 is neither too deep (a prefix character opens at most two levels: a tab is four columns) nor an
    // underline: most bullet lines ("- Own design …") are decided by this one search.
    private static readonly SearchValues<char> NestsOrUnderlines = SearchValues.Create(" \t>-*+=0123456789.)");

    public static (string Text, List<ParseProblem> Problems) SetAside(SourceText source, int shift)
    {
        var problems = new List<ParseProblem>();
        char[]? chars = null;
        int firstDeep = -1, firstExtraSetext = -1, setext = 0;
        for (int line = 0; line < source.LineCount; line++)
        {
            // A line break is no such character, so an empty line is passed over here too, before its end is looked up.
            int start = source.GetLineStart(line);
            if (start == source.Length || !OpensContainerOrUnderlines.Contains(source.Text[start]))
            {
                continue;
            }
            TextSpan span = source.GetLineSpan(line);
            if (source.Text.AsSpan(span.Start, span.Length).IndexOfAnyExcept(NestsOrUnderlines) is >= 0 and <= MaxNesting / 2)
            {
                continue;
            }
            bool deep = NestingDepth(source.Text, span) > MaxNesting;
            bool extraSetext = !deep && line > 0 && IsSetextUnderline(source, line, span) && ++setext > MaxSetextHeadings;
            if (!deep && !extraSetext)
            {
                continue;
            }
            if (deep && firstDeep < 0)
            {
                firstDeep = line;
                problems.Add(new ParseProblem(span, $"content nested more than {MaxNesting} levels deep (block quotes or lists) is not checked", SetAside: true));
            }
            if (extraSetext && firstExtraSetext < 0)
            {
                firstExtraSetext = line;
                problems.Add(new ParseProblem(span, $"more than {MaxSetextHeadings:N0} headings underlined with '=' or '-'; the underlines from here on are read as text", SetAside: true));
            }
            chars ??= source.Text.ToCharArray();
            Array.Fill(chars, ' ', span.Start, span.Length);
        }
        return (chars is null ? source.Text[shift..] : new string(chars, shift, chars.Length - shift), problems);
    }

    /// <summary>Containers a line opens: quote and list markers (bullet or ordered) and indentation (two columns a level).</summary>
    private static int NestingDepth(string text, TextSpan line)
    {
        int depth = 0, indent = 0, i = line.Start;
        while (i < line.End)
        {
            char c = text[i];
            if (c is ' ' or '\t')
            {
                indent += c == '\t' ? 4 : 1;
                i++;
            }
            else if (c == '>')
            {
                depth++;
                // The space after a quote marker belongs to the marker, not to indentation.
                i += i + 1 < line.End && text[i + 1] == ' ' ? 2 : 1;
            }
            else if ((c is '-' or '*' or '+') && i + 1 < line.End && text[i + 1] is ' ' or '\t')
            {
                depth++;
                i += 2;
            }
            else if (char.IsAsciiDigit(c) && OrderedMarkerLength(text, i, line.End) is > 0 and int length)
            {
                depth++;
                i += length;
            }
            else
            {
                break;
            }
        }
        // A thematic break ("- - - -") is markers only: one block, however many.
        return i == line.End && IsThematicBreak(text, line) ? 0 : depth + indent / 2;
    }

    /// <summary>Length of an ordered list marker with its space ("12. ", "3) ") at <paramref name="i"/>, else 0.</summary>
    private static int OrderedMarkerLength(string text, int i, int end)
    {
        int digits = 0;
        while (i + digits < end && digits < 10 && char.IsAsciiDigit(text[i + digits]))
        {
            digits++;
        }
        int after = i + digits;
        return digits is > 0 and <= 9 && after + 1 < end && text[after] is '.' or ')' && text[after + 1] is ' ' or '\t' ? digits + 2 : 0;
    }

    private static bool IsThematicBreak(string text, TextSpan line)
    {
        ReadOnlySpan<char> content = text.AsSpan(line.Start, line.Length).Trim();
        return content.Length > 0 && content[0] is '-' or '*' or '_' && content.IndexOfAnyExcept(content[0], ' ', '\t') < 0;
    }

    /// <summary>A line of only '=' or only '-' (up to three spaces before, spaces after) under a line of text.</summary>
    private static bool IsSetextUnderline(SourceText source, int line, TextSpan span)
    {
        ReadOnlySpan<char> text = source.Text.AsSpan(span.Start, span.Length).TrimEnd(" \t");
        ReadOnlySpan<char> trimmed = text.TrimStart(' ');
        return text.Length - trimmed.Length <= 3 && trimmed.Length > 0 && trimmed[0] is '=' or '-'
            && trimmed.IndexOfAnyExcept(trimmed[0]) < 0 && !source.GetLineText(line - 1).AsSpan().Trim().IsEmpty;
    }
}
