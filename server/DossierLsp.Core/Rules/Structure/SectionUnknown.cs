using DossierLsp.Core.Analysis;
using DossierLsp.Core.Document;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules.Structure;

internal sealed class SectionUnknown : Rule
{
    public override string Id => "section-unknown";
    public override Severity DefaultSeverity => Severity.Info;
    public override string Summary => "A section heading is not in the schema.";
    public override string Description => "Level-2 headings are compared with the schema's sections and their aliases. An unknown heading is allowed (your own notes have a place), but when it is close to a known one it is probably a typo, and the message says which.";
    public override string Example => "## Requirments";
    public override string Fix => "Fix the spelling (the quick fix offers the closest known heading), add the heading to your schema as an alias, or leave it.";

    public override void Check(RuleContext context)
    {
        DossierSchema schema = context.Document.Schema;
        foreach (BoundSection section in context.Document.Sections.Where(s => s.Spec is null))
        {
            Heading heading = section.Section.Heading;
            string? closest = Spelling.Closest(heading.Text, schema.Sections.Select(s => s.Heading));
            if (closest is null)
            {
                context.Report(heading.TextSpan, $"section '{heading.Text}' is not in schema '{schema.Name}'");
                continue;
            }
            context.Report(
                heading.TextSpan,
                $"section '{heading.Text}' is not in schema '{schema.Name}'; did you mean '{closest}'?",
                new CodeFix($"Change to '{closest}'", [new TextEdit(heading.TextSpan, closest)], IsPreferred: true));
        }
    }
}
