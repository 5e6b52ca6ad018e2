using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;

namespace DossierLsp.Core.Rules.Structure;

internal sealed class SectionEmpty : Rule
{
    public override string Id => "section-empty";
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "A required section has a heading but no content.";
    public override string Description => "A required section must hold something besides blank lines and HTML comments (an empty list item is nothing). The fields section may be left empty when the fields are in front matter. While the status is the lifecycle's first (RESEARCHING: the dossier is a draft, as `dossier new` writes it) the sections may wait to be written.";
    public override string Example => "## Requirements\n\n## Notes";
    public override string Fix => "Write the section's content, or delete the heading if the schema allows it.";

    public override void Check(RuleContext context)
    {
        BoundDocument document = context.Document;
        if (Conditions.IsDraft(document))
        {
            return;
        }
        // A fields section left empty because the fields are in front matter is not missing anything.
        bool fieldsInFrontMatter = document.Fields.Any(f => f.Form == FieldForm.FrontMatter);
        foreach (BoundSection section in document.Sections)
        {
            if (section.Spec is { Requirement: Requirement.Required } spec && !section.Section.HasContent && !(fieldsInFrontMatter && section == document.FieldsSection))
            {
                context.Report(section.Section.Heading.TextSpan, $"required section '{spec.Heading}' is empty");
            }
        }
    }
}
