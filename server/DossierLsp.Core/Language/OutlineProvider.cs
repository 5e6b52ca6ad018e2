using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;

namespace DossierLsp.Core.Language;

internal static class OutlineProvider
{
    public static IReadOnlyList<OutlineNode> Outline(DocumentAnalysis analysis)
    {
        if (analysis.Bound is not { } document)
        {
            return [];
        }
        SourceText source = analysis.Text;
        var sections = document.Sections.Select(s => SectionNode(document, s)).ToArray();
        if (document.Document.Title is not { } title)
        {
            return sections;
        }
        string? detail = string.Join(" · ", new[] { document.FieldWithRole(FieldRole.Status)?.Value, document.FieldWithRole(FieldRole.Salary)?.Value }
            .Where(v => !string.IsNullOrEmpty(v)));
        return [new OutlineNode(title.Text, detail.Length > 0 ? detail : null, SymbolKindHint.Title, TextSpan.FromBounds(title.Span.Start, source.Length), title.TextSpan, sections)];
    }

    private static OutlineNode SectionNode(BoundDocument document, BoundSection section)
    {
        IReadOnlyList<OutlineNode> fields = section == document.FieldsSection
            ? document.Fields.Where(f => f.Form != FieldForm.FrontMatter)
                .Select(f => new OutlineNode(f.Key, f.Value.Length > 0 ? f.Value : null, SymbolKindHint.Field, f.LineSpan, f.KeySpan, []))
                .ToArray()
            : [];
        var heading = section.Section.Heading;
        return new OutlineNode(heading.Text.Length > 0 ? heading.Text : "(empty heading)", section.Spec?.Requirement.ToString().ToLowerInvariant(), SymbolKindHint.Section, section.Section.Span, heading.TextSpan, fields);
    }

    public static IReadOnlyList<FoldingSpan> Folding(DocumentAnalysis analysis)
    {
        if (analysis.Bound is not { } document)
        {
            return [];
        }
        SourceText source = analysis.Text;
        var spans = new List<FoldingSpan>();
        foreach (BoundSection section in document.Sections)
        {
            int first = source.GetLineFromOffset(section.Section.Span.Start);
            int last = source.GetLineFromOffset(Math.Max(section.Section.Span.Start, section.Section.Span.End - 1));
            while (last > first && string.IsNullOrWhiteSpace(source.GetLineText(last)))
            {
                last--;
            }
            if (last > first)
            {
                spans.Add(new FoldingSpan(first, last));
            }
        }
        return spans;
    }
}
