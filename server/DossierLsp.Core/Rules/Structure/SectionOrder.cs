using System.Runtime.CompilerServices;
using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Rules.Structure;

internal sealed class SectionOrder() : Rule(
    "section-order",
    Severity.Info,
    "A section comes earlier than the schema's order puts it.",
    "Known sections should follow the order the schema lists them in, so every dossier reads the same way. Each section that comes after one the schema puts later is reported once.",
    "## Notes\n…\n## Job Description\n…",
    "Move the section to its place in the schema's order.")
{
    [ModuleInitializer]
    internal static void Register() => RuleCatalog.Register(new SectionOrder());

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
