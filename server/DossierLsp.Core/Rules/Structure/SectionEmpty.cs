using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;

namespace DossierLsp.Core.Rules.Structure;

internal sealed class SectionEmpty : Rule
{
    public override string Id => "section-empty";
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "A required section has a heading but no content.";
    public override string Description => "A required section must hold something besides blank lines and HTML comments.";
    public override string Example => "## Requirements\n\n## Notes";
    public override string Fix => "Write the section's content, or delete the heading if the schema allows it.";

    public override void Check(RuleContext context)
    {
        foreach (BoundSection section in context.Document.Sections)
        {
            if (section.Spec is { Requirement: Requirement.Required } spec && !section.Section.HasContent)
            {
                context.Report(section.Section.Heading.TextSpan, $"required section '{spec.Heading}' is empty");
            }
        }
    }
}
