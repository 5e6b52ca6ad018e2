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
        string text = string.Join(' ', source.ToString(textSpan).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return new Heading(heading.Level, text, textSpan, span, heading.IsSetext);
    }

    private BulletItem ToBulletItem(ListItemBlock item, char marker)
    {
        TextSpan span = DossierParser.SpanOf(item, shift);
        int line = source.GetLineFromOffset(span.Start);
        int lineEnd = source.GetLineEnd(line);
        int contentStart = item.Count > 0 && item[0] is LeafBlock first && source.GetLineFromOffset(first.Span.Start + shift) == line
            ? first.Span.Start + shift
            : lineEnd;
        return new BulletItem(span, TextSpan.FromBounds(contentStart, lineEnd), marker);
    }
}
