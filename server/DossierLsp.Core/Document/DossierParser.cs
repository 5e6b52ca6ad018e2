using System.Text.RegularExpressions;
using DossierLsp.Core.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace DossierLsp.Core.Document;

/// <summary>
/// Reads a document's structure with Markdig. Never throws on user input: every failure becomes a <see cref="ParseProblem"/>.
/// </summary>
public static class DossierParser
{
    /// <summary>Documents longer than this (in UTF-16 code units) are not parsed. Real dossiers are a few KB.</summary>
    public const int MaxLength = 8 * 1024 * 1024;

    /// <summary>Lines nested deeper than this (quotes and list levels) are set aside when Markdig refuses the document.</summary>
    public const int MaxNesting = 32;

    // Only block structure matters and values are read from the source text, so inline parsing is switched off.
    // That also removes Markdig's quadratic link-parsing case ("[a](b" repeated), which cannot be cancelled.
    /// <summary>The Markdig pipeline every dossier is parsed with (public for bench/Floor, the parser's floor).</summary>
    public static readonly MarkdownPipeline Pipeline = BuildPipeline();

    private static readonly Regex MarkerComment = new(@"^\s*<!--\s*dossier\s*:\s*(?<name>[^\s>]+)\s*-->", RegexOptions.CultureInvariant);

    private static readonly Regex SuppressionComment = new(
        @"^\s*<!--\s*dossier-(?<verb>disable-next-line|disable|enable)(?<rules>(?:\s+[\w.-]+,?)*)\s*-->\s*$",
        RegexOptions.CultureInvariant);

    public static DossierDocument Parse(SourceText source)
    {
        var problems = new List<ParseProblem>();
        if (source.Length > MaxLength)
        {
            problems.Add(new ParseProblem(new TextSpan(0, 0), $"the document is {source.Length:N0} characters long; documents over {MaxLength:N0} are not checked"));
            return Empty(source, problems);
        }

        // Markdig takes a byte-order mark for text (hiding a first-line heading or front matter), so it reads the text
        // after the mark and every offset it reports is shifted back by one.
        int shift = source.Text.StartsWith('\uFEFF') ? 1 : 0;
        MarkdownDocument? markdown = TryParse(source.Text[shift..], problems);
        if (markdown is null)
        {
            var (textWithoutDeepLines, firstDeepLine) = SetAsideDeepLines(source, shift);
            if (firstDeepLine >= 0)
            {
                problems.Clear();
                problems.Add(new ParseProblem(source.GetLineSpan(firstDeepLine), $"content nested more than {MaxNesting} levels deep (block quotes or lists) is not checked"));
                markdown = TryParse(textWithoutDeepLines, problems);
            }
        }
        return markdown is null ? Empty(source, problems) : Build(source, markdown, shift, problems);
    }

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseYamlFrontMatter();
        builder.InlineParsers.Clear();
        return builder.Build();
    }

    private static MarkdownDocument? TryParse(string text, List<ParseProblem> problems)
    {
        try
        {
            return Markdown.Parse(text, Pipeline);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or NullReferenceException)
        {
            // Markdig throws rather than returns on some inputs (its nesting limit, pathological cases).
            problems.Add(new ParseProblem(new TextSpan(0, 0), $"the Markdown could not be read: {e.Message}"));
            return null;
        }
    }

    /// <summary>Blanks (keeping offsets) every line nested deeper than <see cref="MaxNesting"/>.</summary>
    private static (string Text, int FirstDeepLine) SetAsideDeepLines(SourceText source, int shift)
    {
        char[] chars = source.Text.ToCharArray();
        int firstDeep = -1;
        for (int line = 0; line < source.LineCount; line++)
        {
            TextSpan span = source.GetLineSpan(line);
            if (NestingDepth(source.Text, span) <= MaxNesting)
            {
                continue;
            }
            if (firstDeep < 0)
            {
                firstDeep = line;
            }
            Array.Fill(chars, ' ', span.Start, span.Length);
        }
        return (new string(chars, shift, chars.Length - shift), firstDeep);
    }

    private static int NestingDepth(string text, TextSpan line)
    {
        int depth = 0, indent = 0, i = line.Start;
        while (i < line.End)
        {
            char c = text[i];
            if (c == ' ')
            {
                indent++;
                i++;
            }
            else if (c == '\t')
            {
                indent += 4;
                i++;
            }
            else if (c == '>')
            {
                depth++;
                i++;
            }
            else if ((c is '-' or '*' or '+') && i + 1 < line.End && text[i + 1] is ' ' or '\t')
            {
                depth++;
                i += 2;
            }
            else
            {
                break;
            }
        }
        return depth + indent / 2;
    }

    private static DossierDocument Empty(SourceText source, List<ParseProblem> problems) => new()
    {
        Source = source,
        Sections = [],
        FrontMatter = [],
        Suppressions = Suppressions.None,
        Problems = problems,
    };

    private static DossierDocument Build(SourceText source, MarkdownDocument markdown, int shift, List<ParseProblem> problems)
    {
        Heading? title = null;
        var sections = new List<Section>();
        var suppressions = new List<SuppressedLines>();
        var openDisables = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        IReadOnlyList<FrontMatterEntry> frontMatter = [];
        TextSpan? frontMatterSpan = null;
        string? marker = FirstLineMarker(source);

        Heading? sectionHeading = null;
        bool sectionHasContent = false;
        var sectionItems = new List<BulletItem>();

        void CloseSection(int end)
        {
            if (sectionHeading is not null)
            {
                sections.Add(new Section(sectionHeading, TextSpan.FromBounds(sectionHeading.Span.Start, end), sectionHasContent, sectionItems.ToArray()));
            }
            sectionHeading = null;
            sectionHasContent = false;
            sectionItems.Clear();
        }

        foreach (Block block in markdown)
        {
            switch (block)
            {
                case YamlFrontMatterBlock yaml:
                    frontMatterSpan = SpanOf(yaml, shift);
                    var read = FrontMatterReader.Read(source, SpanOf(yaml, shift), problems);
                    frontMatter = read.Entries;
                    marker = read.Marker ?? marker;
                    break;
                case HeadingBlock heading when heading.Level <= 2:
                    Heading h = ToHeading(source, heading, shift);
                    CloseSection(h.Span.Start);
                    if (heading.Level == 1)
                    {
                        title ??= h;
                    }
                    else
                    {
                        sectionHeading = h;
                    }
                    break;
                case HtmlBlock html:
                    ReadSuppression(source, html, shift, suppressions, openDisables);
                    sectionHasContent |= html.Type != HtmlBlockType.Comment;
                    break;
                case ListBlock list:
                    sectionHasContent = true;
                    foreach (Block item in list)
                    {
                        sectionItems.Add(ToBulletItem(source, (ListItemBlock)item, list.BulletType, shift));
                    }
                    break;
                case BlankLineBlock:
                    break;
                default:
                    sectionHasContent = true;
                    break;
            }
        }
        CloseSection(source.Length);
        foreach (var (rule, firstLine) in openDisables)
        {
            suppressions.Add(new SuppressedLines(firstLine, int.MaxValue, rule.Length == 0 ? [] : [rule]));
        }

        return new DossierDocument
        {
            Source = source,
            Title = title,
            Sections = sections,
            FrontMatter = frontMatter,
            FrontMatterSpan = frontMatterSpan,
            Marker = marker,
            Suppressions = new Suppressions(suppressions),
            Problems = problems,
        };
    }

    private static TextSpan SpanOf(Block block, int shift) =>
        TextSpan.FromBounds(block.Span.Start + shift, Math.Max(block.Span.Start, block.Span.End + 1) + shift);

    private static Heading ToHeading(SourceText source, HeadingBlock heading, int shift)
    {
        TextSpan span = SpanOf(heading, shift);
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

    private static BulletItem ToBulletItem(SourceText source, ListItemBlock item, char marker, int shift)
    {
        TextSpan span = SpanOf(item, shift);
        int line = source.GetLineFromOffset(span.Start);
        int lineEnd = source.GetLineEnd(line);
        int contentStart = item.Count > 0 && item[0] is LeafBlock first && source.GetLineFromOffset(first.Span.Start + shift) == line
            ? first.Span.Start + shift
            : lineEnd;
        return new BulletItem(span, TextSpan.FromBounds(contentStart, lineEnd), marker);
    }

    private static string? FirstLineMarker(SourceText source)
    {
        if (source.LineCount == 0)
        {
            return null;
        }
        Match match = MarkerComment.Match(source.GetLineText(0).TrimStart('\uFEFF'));
        return match.Success ? match.Groups["name"].Value : null;
    }

    private static void ReadSuppression(SourceText source, HtmlBlock html, int shift, List<SuppressedLines> suppressions, Dictionary<string, int> openDisables)
    {
        TextSpan span = SpanOf(html, shift);
        int line = source.GetLineFromOffset(span.Start);
        Match match = SuppressionComment.Match(source.GetLineText(line));
        if (!match.Success)
        {
            return;
        }
        string[] rules = match.Groups["rules"].Value.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries);
        switch (match.Groups["verb"].Value)
        {
            case "disable-next-line":
                int next = NextNonBlankLine(source, source.GetLineFromOffset(span.End) + 1);
                suppressions.Add(new SuppressedLines(next, next, rules));
                break;
            case "disable":
                foreach (string rule in rules.DefaultIfEmpty(""))
                {
                    openDisables.TryAdd(rule, line);
                }
                break;
            default:
                foreach (string rule in rules.DefaultIfEmpty(""))
                {
                    if (openDisables.Remove(rule, out int first))
                    {
                        suppressions.Add(new SuppressedLines(first, line, rule.Length == 0 ? [] : [rule]));
                    }
                }
                break;
        }
    }

    private static int NextNonBlankLine(SourceText source, int line)
    {
        while (line < source.LineCount && string.IsNullOrWhiteSpace(source.GetLineText(line)))
        {
            line++;
        }
        return line;
    }
}
