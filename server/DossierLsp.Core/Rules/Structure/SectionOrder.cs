using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Rules.Structure;

internal sealed class SectionOrder : Rule
{
    public override string Id => "section-order";
    public override Severity DefaultSeverity => Severity.Info;
    public override string Summary => "A section comes earlier than the schema's order puts it.";
    public override string Description => "Known sections should follow the order the schema lists them in, so every dossier reads the same way. Each section that comes after one the schema puts later is reported once.";
    public override string Example => "## Notes\n…\n## Job Description\n…";
    public override string Fix => "Move the section to its place in the schema's order.";

    public override void Check(RuleContext context)
    {
        BoundSection? latest = null;
        foreach (BoundSection section in context.Document.Sections.Where(s => s.Spec is not null))
        {
            if (latest is not null && section.Spec!.Order < latest.Spec!.Order)
            {
                context.Report(section.Section.Heading.TextSpan, $"section '{section.Spec.Heading}' should come before '{latest.Spec.Heading}'");
                continue;
            }
            latest = section;
        }
    }
}
