using System.Text.RegularExpressions;
using DossierLsp.Core.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace DossierLsp.Core.Document;

/// <summary>
/// Reads a document's structure with Markdig. Never throws on user input: every failure becomes a <see cref="ParseProblem"/>.
/// </summary>
public static partial class DossierParser
{
    /// <summary>Documents longer than this (in UTF-16 code units) are not parsed. Real dossiers are a few KB.</summary>
    public const int MaxLength = 8 * 1024 * 1024;

    // Only block structure matters and values are read from the source text, so inline parsing is switched off.
    // That also removes Markdig's quadratic link-parsing case ("[a](b" repeated), which cannot be cancelled.
    /// <summary>The Markdig pipeline every dossier is parsed with (public for bench/Floor, the parser's floor).</summary>
    public static readonly MarkdownPipeline Pipeline = BuildPipeline();

    [GeneratedRegex(@"^\s*<!--\s*dossier\s*:\s*(?<name>[^\s>]+)\s*-->", RegexOptions.CultureInvariant, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex MarkerComment { get; }

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
        (string text, List<ParseProblem> setAside) = MarkdownPreScan.SetAside(source, shift);
        problems.AddRange(setAside);
        MarkdownDocument? markdown = TryParse(text, problems);
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
        var structure = new StructureBuilder(source, shift);
        var suppressions = new SuppressionCollector(source);
        IReadOnlyList<FrontMatterEntry> frontMatter = [];
        TextSpan? frontMatterSpan = null;
        string? marker = FirstLineMarker(source);
        foreach (Block block in markdown)
        {
            if (block is YamlFrontMatterBlock yaml)
            {
                frontMatterSpan = SpanOf(yaml, shift);
                var read = FrontMatterReader.Read(source, frontMatterSpan.Value, problems);
                frontMatter = read.Entries;
                marker = read.Marker ?? marker;
                continue;
            }
            if (block is HtmlBlock html)
            {
                suppressions.Read(SpanOf(html, shift));
            }
            structure.Add(block);
        }
        var (title, sections) = structure.Finish();
        return new DossierDocument
        {
            Source = source,
            Title = title,
            Sections = sections,
            FrontMatter = frontMatter,
            FrontMatterSpan = frontMatterSpan,
            Marker = marker,
            Suppressions = suppressions.Finish(),
            Problems = problems,
        };
    }

    internal static TextSpan SpanOf(Block block, int shift) =>
        TextSpan.FromBounds(block.Span.Start + shift, Math.Max(block.Span.Start, block.Span.End + 1) + shift);

    private static string? FirstLineMarker(SourceText source)
    {
        if (source.LineCount == 0)
        {
            return null;
        }
        ReadOnlySpan<char> line = source.Text.AsSpan(0, source.GetLineEnd(0));
        int start = line.Length - line.TrimStart('\uFEFF').Length;
        // Matched within the text itself: no copy of the first line for every document.
        Match match = MarkerComment.Match(source.Text, start, line.Length - start);
        return match.Success ? match.Groups["name"].Value : null;
    }
}
