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
        TextSpan textSpan;
        if (heading.Inline?.FirstChild is { } first && heading.Inline.LastChild is { } last)
        {
            textSpan = TextSpan.FromBounds(first.Span.Start + shift, last.Span.End + 1 + shift);
        }
        else
        {
            // An empty heading ("## "): point at the end of its first line.
            int end = source.GetLineEnd(source.GetLineFromOffset(span.Start));
            textSpan = new TextSpan(end, 0);
        }
        return new Heading(heading.Level, HeadingText(textSpan), textSpan, span, heading.IsSetext);
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
        int line = source.GetLineFromOffset(span.Start);
        int lineEnd = source.GetLineEnd(line);
        // The item's first block is on its bullet's line when it starts before the next line does.
        int contentStart = item.Count > 0 && item[0] is LeafBlock first && first.Span.Start + shift < source.GetLineEndIncludingBreak(line)
            ? first.Span.Start + shift
            : lineEnd;
        return new BulletItem(span, TextSpan.FromBounds(contentStart, lineEnd), marker);
    }
}
