using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules;

/// <summary>What a rule sees: the bound document, "today", and ways to report findings. Report shapes that several rules share live here, so rules never call each other.</summary>
public sealed class RuleContext(BoundDocument document, DateOnly today, Rule rule, Severity severity, List<Finding> sink)
{
    public BoundDocument Document { get; } = document;
    public SourceText Source => Document.Document.Source;
    public DateOnly Today { get; } = today;

    public void Report(TextSpan span, string message, params CodeFix[] fixes) =>
        sink.Add(new Finding(rule.Id, severity, span, message) { Fixes = fixes });

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

    /// <summary>Reports each schema section of <paramref name="requirement"/> that the document lacks, on the title line.</summary>
    public void ReportMissingSections(Requirement requirement, string word)
    {
        TextSpan anchor = Document.Document.Title?.TextSpan ?? new TextSpan(0, 0);
        foreach (SectionSpec spec in Document.Schema.Sections.Where(s => s.Requirement == requirement))
        {
            if (Document.Sections.Any(s => s.Spec == spec))
            {
                continue;
            }
            Report(
                anchor,
                $"{word} section '## {spec.Heading}' is missing",
                new CodeFix($"Add section '## {spec.Heading}'", [DocumentEdits.InsertSection(Document, spec)], IsPreferred: true));
        }
    }
}
