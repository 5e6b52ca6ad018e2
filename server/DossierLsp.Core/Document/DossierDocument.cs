using DossierLsp.Core.Text;

namespace DossierLsp.Core.Document;

/// <summary>A heading: <see cref="TextSpan"/> covers its text only (no markers, no closing #s).</summary>
public sealed record Heading(int Level, string Text, TextSpan TextSpan, TextSpan Span, bool IsSetext);

/// <summary>A top-level bullet item; <see cref="LineSpan"/> is its first line after the bullet marker.</summary>
public readonly record struct BulletItem(TextSpan Span, TextSpan LineSpan, char Marker);

/// <summary>
/// A level-2 heading and everything up to the next level-1 or level-2 heading. <see cref="Items"/> are its top-level
/// bullets; <see cref="Paragraphs"/> its top-level paragraphs, where fields may be written without a bullet or as table rows.
/// </summary>
public sealed record Section(Heading Heading, TextSpan Span, bool HasContent, IReadOnlyList<BulletItem> Items, IReadOnlyList<TextSpan> Paragraphs);

/// <summary>A top-level key of the YAML front matter (a scalar value).</summary>
public sealed record FrontMatterEntry(string Key, TextSpan KeySpan, string Value, TextSpan ValueSpan);

/// <summary>A problem found while reading the Markdown itself (not a schema finding).</summary>
/// <summary>Something the parser could not read. <paramref name="SetAside"/>: lines left unread on purpose (too deep, too many), the rest checked.</summary>
public sealed record ParseProblem(TextSpan Span, string Message, bool SetAside = false);

/// <summary>
/// The structure of one Markdown document, independent of any schema. Only top-level blocks count:
/// headings inside code blocks, HTML comments and block quotes are not structure.
/// </summary>
public sealed class DossierDocument
{
    public required SourceText Source { get; init; }
    /// <summary>The first level-1 heading.</summary>
    public Heading? Title { get; init; }
    public required IReadOnlyList<Section> Sections { get; init; }
    public required IReadOnlyList<FrontMatterEntry> FrontMatter { get; init; }
    /// <summary>Span of the front matter block including its fences, if any.</summary>
    public TextSpan? FrontMatterSpan { get; init; }
    /// <summary>The schema named by an in-file marker (front matter <c>dossier:</c> or a first-line comment), or null.</summary>
    public string? Marker { get; init; }
    public required Suppressions Suppressions { get; init; }
    public required IReadOnlyList<ParseProblem> Problems { get; init; }
}
