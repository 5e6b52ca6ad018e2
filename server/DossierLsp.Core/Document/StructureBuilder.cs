using DossierLsp.Core.Text;
using Markdig.Syntax;

namespace DossierLsp.Core.Document;

/// <summary>
/// Turns Markdig's top-level blocks, in order, into the title and the level-2 sections with the bullets and
/// paragraphs directly under each (the places a field can be written).
/// </summary>
internal sealed class StructureBuilder(SourceText source, int shift)
{
    private readonly List<Section> _sections = [];
    private readonly List<BulletItem> _items = [];
    private readonly List<TextSpan> _paragraphs = [];
    private Heading? _title;
    private Heading? _heading;
    private bool _hasContent;

    public void Add(Block block)
    {
        switch (block)
        {
            case HeadingBlock heading when heading.Level <= 2:
                Heading read = ToHeading(heading);
                CloseSection(read.Span.Start);
                if (heading.Level == 1)
                {
                    _title ??= read;
                }
                else
                {
                    _heading = read;
                }
                break;
            case HtmlBlock html:
                _hasContent |= html.Type != HtmlBlockType.Comment;
                break;
            case ListBlock list:
                _hasContent = true;
                foreach (Block item in list)
                {
                    _items.Add(ToBulletItem((ListItemBlock)item, list.BulletType));
                }
                break;
            case ParagraphBlock paragraph:
                _hasContent = true;
                _paragraphs.Add(DossierParser.SpanOf(paragraph, shift));
                break;
            case BlankLineBlock:
                break;
            default:
                _hasContent = true;
                break;
        }
    }

    public (Heading? Title, IReadOnlyList<Section> Sections) Finish()
    {
        CloseSection(source.Length);
        return (_title, _sections);
    }

    private void CloseSection(int end)
    {
        if (_heading is not null)
        {
            _sections.Add(new Section(_heading, TextSpan.FromBounds(_heading.Span.Start, end), _hasContent, _items.ToArray(), _paragraphs.ToArray()));
        }
        _heading = null;
        _hasContent = false;
        _items.Clear();
        _paragraphs.Clear();
    }

    private Heading ToHeading(HeadingBlock heading)
    {
        TextSpan span = DossierParser.SpanOf(heading, shift);
        // An ATX heading's text is read from its line, not from Markdig's inline span: that is misplaced when a tab
        // follows the opening #s ("##\tNotes").
        TextSpan textSpan = heading.IsSetext && heading.Inline?.FirstChild is { } first && heading.Inline.LastChild is { } last
            ? TextSpan.FromBounds(first.Span.Start + shift, last.Span.End + 1 + shift)
            : AtxTextSpan(span);
        return new Heading(heading.Level, HeadingText(textSpan), textSpan, span, heading.IsSetext);
    }

    /// <summary>An ATX heading's text on its line: after the opening #s, before an optional closing run of #s (CommonMark 4.2).</summary>
    private TextSpan AtxTextSpan(TextSpan block)
    {
        string text = source.Text;
        int start = block.Start;
        int end = source.GetLineEnd(source.GetLineFromOffset(block.Start));
        while (start < end && text[start] == ' ')
        {
            start++;
        }
        while (start < end && text[start] == '#')
        {
            start++;
        }
        start = SkipBlanks(start, end);
        end = TrimBlanks(start, end);
        int closing = end;
        while (closing > start && text[closing - 1] == '#')
        {
            closing--;
        }
        return closing == start || text[closing - 1] is ' ' or '\t'
            ? TextSpan.FromBounds(start, TrimBlanks(start, closing))
            : TextSpan.FromBounds(start, end);
    }

    private int SkipBlanks(int start, int end)
    {
        while (start < end && source.Text[start] is ' ' or '\t')
        {
            start++;
        }
        return start;
    }

    private int TrimBlanks(int start, int end)
    {
        while (end > start && source.Text[end - 1] is ' ' or '\t')
        {
            end--;
        }
        return end;
    }

    /// <summary>The heading's text, trimmed; a setext heading's lines read as one line, joined by spaces.</summary>
    private string HeadingText(TextSpan span)
    {
        ReadOnlySpan<char> text = source.Text.AsSpan(span.Start, span.Length);
        return text.ContainsAny('\r', '\n')
            ? string.Join(' ', text.ToString().Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : text.Trim().ToString();
    }

    private BulletItem ToBulletItem(ListItemBlock item, char marker)
    {
        TextSpan span = DossierParser.SpanOf(item, shift);
        // Markdig numbers lines as SourceText does (the pre-scan keeps every line break, the byte-order mark is on line
        // 0): the bullet's line without a search of the line index.
        int line = item.Line;
        int lineEnd = source.GetLineEnd(line);
        // The item's first block is on its bullet's line when it starts before the next line does.
        int contentStart = item.Count > 0 && item[0] is LeafBlock first && first.Span.Start + shift < source.GetLineEndIncludingBreak(line)
            ? first.Span.Start + shift
            : lineEnd;
        return new BulletItem(span, TextSpan.FromBounds(contentStart, lineEnd), marker);
    }
}
