using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules;

/// <summary>What a rule sees: the bound document, "today", and ways to report findings. Report shapes that several rules share live here, so rules never call each other.</summary>
// A struct: one is made for every rule on every document.
public readonly struct RuleContext(BoundDocument document, DateOnly today, Rule rule, Severity severity, List<Finding> sink)
{
    public BoundDocument Document { get; } = document;
    public SourceText Source => Document.Document.Source;
    public DateOnly Today { get; } = today;

    public void Report(TextSpan span, string message, params CodeFix[] fixes) =>
        sink.Add(new Finding(rule.Id, severity, span, Excerpt.InMessage(message)) { Fixes = fixes });

    /// <summary>
    /// Reports <paramref name="message"/> at <paramref name="span"/>; when a <paramref name="closest"/> spelling exists, adds
    /// "did you mean" and a preferred fix that writes it over the span, otherwise appends <paramref name="whenNothingClose"/>.
    /// </summary>
    public void ReportWithSuggestion(TextSpan span, string message, string? closest, string whenNothingClose = "")
    {
        if (closest is null)
        {
            Report(span, message + whenNothingClose);
            return;
        }
        Report(span, $"{message}; did you mean '{closest}'?", new CodeFix($"Change to '{closest}'", [new TextEdit(span, closest)], IsPreferred: true));
    }

    /// <summary>
    /// Reports each schema section of <paramref name="requirement"/> that the document lacks, on the title line; a
    /// misspelt one is reported once, at the typo, with the rename first.
    /// </summary>
    public void ReportMissingSections(Requirement requirement, string word)
    {
        BoundDocument document = Document;
        TextSpan anchor = document.Document.Title?.TextSpan ?? new TextSpan(0, 0);
        foreach (SectionSpec spec in document.Schema.Sections)
        {
            if (spec.Requirement != requirement)
            {
                continue;
            }
            BoundSection? present = Bound(document, spec);
            if (present is { Match: NameMatchKind.Misspelt })
            {
                Report(present.Section.Heading.TextSpan, $"'{present.Section.Heading.Text}' looks like {word} section '{present.Name}'", RenameFix(present), AddSection(document, spec, preferred: false));
            }
            else if (present is null && !(document.Schema.IsFieldsSection(spec) && HasFrontMatterFields(document)))
            {
                Report(anchor, $"{word} section '## {spec.Heading}' is missing", AddSection(document, spec, preferred: true));
            }
        }
    }

    // Built only for a finding (not as a closure over every spec): most sections are present, and the insertion edit is the costly part.
    private static CodeFix AddSection(BoundDocument document, SectionSpec spec, bool preferred) =>
        new($"Add section '## {spec.Heading}'", [DocumentEdits.InsertSection(document, spec)], IsPreferred: preferred);

    private static BoundSection? Bound(BoundDocument document, SectionSpec spec)
    {
        foreach (BoundSection section in document.Sections)
        {
            if (section.Spec == spec)
            {
                return section;
            }
        }
        return null;
    }

    /// <summary>The automatic fix of a misspelt heading: the schema's spelling of the name it is closest to.</summary>
    public static CodeFix RenameFix(BoundSection section) =>
        new($"Change to '{section.Name}'", [new TextEdit(section.Section.Heading.TextSpan, section.Name!)], IsPreferred: true, IsAutomatic: true);

    /// <summary>The automatic fix of a misspelt key: the schema's spelling of the name it is closest to.</summary>
    public static CodeFix RenameFix(FieldEntry field) =>
        new($"Change to '{field.Name}'", [new TextEdit(field.KeySpan, field.Name!)], IsPreferred: true, IsAutomatic: true);

    // Fields written in front matter need no fields section.
    private static bool HasFrontMatterFields(BoundDocument document) => document.Fields.Any(f => f.Form == FieldForm.FrontMatter);
}
