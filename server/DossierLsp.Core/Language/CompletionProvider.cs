using System.Text;
using System.Text.RegularExpressions;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;

namespace DossierLsp.Core.Language;

/// <summary>
/// Completion in two steps: work out what is being typed where (from the current line, since a half-typed line is
/// not yet the structure it will become), then produce candidates for that place.
/// </summary>
internal static partial class CompletionProvider
{
    [GeneratedRegex(
        @"^(?<indent>\s*)(?<marker>[-*+])(?:\s+(?<content>.*))?$", RegexOptions.CultureInvariant, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex BulletLine { get; }
    [GeneratedRegex(@"^##(?!#)\s*(?<text>.*)$", RegexOptions.CultureInvariant, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex HeadingLine { get; }

    public static IReadOnlyList<CompletionCandidate> Complete(DocumentAnalysis analysis, int offset, DateOnly today)
    {
        if (analysis.Bound is not { } document)
        {
            return [];
        }
        SourceText source = analysis.Text;
        offset = Math.Clamp(offset, 0, source.Length);
        int line = source.GetLineFromOffset(offset);
        TextSpan lineSpan = source.GetLineSpan(line);
        string lineText = source.ToString(lineSpan);

        if (document.Fields.FirstOrDefault(f => f.Form != FieldForm.FrontMatter && f.ValueSpan.ContainsOrTouches(offset) && source.GetLineFromOffset(f.ValueSpan.Start) == line) is { Spec: { } spec } field
            && offset >= field.ValueSpan.Start)
        {
            return ValueCandidates(document, spec, field, offset, today);
        }
        if (HeadingLine.Match(lineText) is { Success: true } heading && !IsInsideField(document, offset))
        {
            return SectionCandidates(document, lineSpan, heading.Groups["text"].Value);
        }
        if (document.FieldsSection is { } fieldsSection && fieldsSection.Section.Span.ContainsOrTouches(offset)
            && line > source.GetLineFromOffset(fieldsSection.Section.Heading.Span.End - 1)
            && BulletLine.Match(lineText) is { Success: true } bullet && !bullet.Groups["content"].Value.Contains(':'))
        {
            int contentStart = lineSpan.Start + (bullet.Groups["content"].Success ? bullet.Groups["content"].Index : lineText.Length);
            string content = bullet.Groups["content"].Value;
            // The client filters on the text from the range start, so the filter text starts with whatever emphasis was typed.
            string emphasis = content[..(content.Length - content.TrimStart('*', '_').Length)];
            string prefix = bullet.Groups["content"].Success ? "" : " ";
            return FieldCandidates(document, TextSpan.FromBounds(Math.Min(contentStart, lineSpan.End), lineSpan.End), emphasis, prefix);
        }
        return [];
    }

    private static bool IsInsideField(BoundDocument document, int offset) => document.Fields.Any(f => f.LineSpan.ContainsOrTouches(offset));

    private static IReadOnlyList<CompletionCandidate> ValueCandidates(BoundDocument document, FieldSpec spec, FieldEntry field, int offset, DateOnly today)
    {
        if (document.Schema.EnumOf(spec) is { } enumSpec)
        {
            string typed = document.Document.Source.ToString(TextSpan.FromBounds(field.ValueSpan.Start, offset)).Trim();
            var values = enumSpec.Values.Select((v, i) => (Value: v, Index: i)).ToArray();
            var matching = values.Where(v => v.Value.Value.StartsWith(typed, StringComparison.OrdinalIgnoreCase)).ToArray();
            // The status the application most likely moves to next: from the value the field held before this edit.
            EnumValueSpec? next = spec.Role == FieldRole.Status ? enumSpec.NextStage(field.IsEmpty ? null : field.Value) : null;
            // A misspelt value matches nothing: offer every value rather than none.
            return (matching.Length > 0 ? matching : values)
                .Select(v => new CompletionCandidate(
                    v.Value.Value,
                    CompletionKind.Value,
                    field.ValueSpan,
                    v.Value.Value,
                    IsSnippet: false,
                    SortText: v.Index.ToString("D3"),
                    Detail: $"{spec.Key} · {HoverProvider.StageOf(enumSpec, v.Value)}",
                    Documentation: v.Value.Description,
                    FilterText: v.Value.Value,
                    Preselect: v.Value == next))
                .ToArray();
        }
        if (spec.Type == FieldType.Date)
        {
            string date = DocumentDates.Today(document, today);
            return [new CompletionCandidate(date, CompletionKind.Date, field.ValueSpan, date, IsSnippet: false, SortText: "000", Detail: "today", FilterText: field.Value.Length > 0 ? field.Value : date)];
        }
        return [];
    }

    private static IReadOnlyList<CompletionCandidate> FieldCandidates(BoundDocument document, TextSpan replace, string emphasis, string prefix)
    {
        var present = document.Fields.Where(f => f.Spec is not null && !f.LineSpan.Intersects(replace)).Select(f => f.Spec).ToHashSet();
        return document.Schema.Fields
            .Select((spec, i) => (Spec: spec, Index: i))
            .Where(f => !present.Contains(f.Spec))
            .Select(f => new CompletionCandidate(
                f.Spec.Key,
                CompletionKind.Field,
                replace,
                $"{prefix}**{Snippet.Escape(f.Spec.Key)}**: {ValuePlaceholder(document.Schema, f.Spec)}",
                IsSnippet: true,
                SortText: f.Index.ToString("D3"),
                Detail: $"{TypeName(f.Spec.Type)}{(f.Spec.Required ? ", required" : "")}",
                Documentation: f.Spec.Description,
                FilterText: emphasis + f.Spec.Key,
                PlainText: $"{prefix}**{f.Spec.Key}**: "))
            .ToArray();
    }

    private static string ValuePlaceholder(DossierSchema schema, FieldSpec spec) =>
        schema.EnumOf(spec) is { Values.Count: > 0 } enumSpec
            ? "${1|" + string.Join(',', enumSpec.Values.Select(v => EscapeChoice(v.Value))) + "|}"
            : "$1";

    private static IReadOnlyList<CompletionCandidate> SectionCandidates(BoundDocument document, TextSpan lineSpan, string typed)
    {
        string nl = document.Document.Source.PreferredLineBreak;
        var present = document.Sections.Where(s => s.Spec is not null && s.Section.Heading.Span.Start != lineSpan.Start).Select(s => s.Spec).ToHashSet();
        return document.Schema.Sections
            .Where(s => !present.Contains(s))
            .Select(s => new CompletionCandidate(
                s.Heading,
                CompletionKind.Section,
                lineSpan,
                $"## {Snippet.Escape(s.Heading)}{nl}{Snippet.Escape(s.TemplateBody(nl))}$0",
                IsSnippet: true,
                SortText: s.Order.ToString("D3"),
                Detail: s.Requirement.ToString().ToLowerInvariant(),
                Documentation: s.Description,
                FilterText: $"## {s.Heading}",
                PlainText: $"## {s.Heading}{nl}{s.TemplateBody(nl)}"))
            .ToArray();
    }

    internal static string TypeName(FieldType type) => type switch
    {
        FieldType.MoneyRange => "money-range",
        _ => type.ToString().ToLowerInvariant(),
    };

    private static string EscapeChoice(string text) => Snippet.Escape(text).Replace(",", "\\,").Replace("|", "\\|");
}
