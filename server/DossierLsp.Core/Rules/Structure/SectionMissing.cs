using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules.Structure;

internal sealed class SectionMissing : Rule
{
    public override string Id => "section-missing";
    public override Severity DefaultSeverity => Severity.Error;
    public override string Summary => "A section the schema requires is missing.";
    public override string Description => "Every section whose requirement is `required` in the schema must appear as a level-2 heading (matched case-insensitively, aliases allowed). The finding is on the title line, or the first line when there is no title.";
    public override string Example => "# Job Application: Acme - Engineer\n\n## Job Details\n- **Company**: Acme";
    public override string Fix => "Add the section. The quick fix inserts it at its place in the schema's order, with the schema's template.";

    public override void Check(RuleContext context) => ReportMissing(context, Requirement.Required, "required");

    internal static void ReportMissing(RuleContext context, Requirement requirement, string word)
    {
        BoundDocument document = context.Document;
        TextSpan anchor = document.Document.Title?.TextSpan ?? new TextSpan(0, 0);
        foreach (SectionSpec spec in document.Schema.Sections.Where(s => s.Requirement == requirement))
        {
            if (document.Sections.Any(s => s.Spec == spec))
            {
                continue;
            }
            context.Report(
                anchor,
                $"{word} section '## {spec.Heading}' is missing",
                new CodeFix($"Add section '## {spec.Heading}'", [DocumentEdits.InsertSection(document, spec)], IsPreferred: true));
        }
    }
}
