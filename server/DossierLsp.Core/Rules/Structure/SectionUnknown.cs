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
    public override string Description => "Level-2 headings are compared with the schema's sections and their aliases. An unknown heading is allowed (your own notes have a place), but when it is close to a known one it is probably a typo, and the message says which. A heading a few letters from an optional section the document lacks (`## Interveiw Notes`) is read as that section and reported here; a misspelt required or recommended section is reported by `section-missing` or `section-recommended`.";
    public override string Example => "## Interveiw Notes";
    public override string Fix => "Fix the spelling (the quick fix offers the closest known heading), add the heading to your schema as an alias, or leave it.";

    public override void Check(RuleContext context)
    {
        DossierSchema schema = context.Document.Schema;
        foreach (BoundSection section in context.Document.Sections.Where(s => s.Spec is { Requirement: Requirement.Optional } && s.Match == NameMatchKind.Misspelt))
        {
            context.Report(section.Section.Heading.TextSpan, $"'{section.Section.Heading.Text}' looks like section '{section.Name}'", RuleContext.RenameFix(section));
        }
        foreach (BoundSection section in context.Document.Sections.Where(s => s.Spec is null))
        {
            Heading heading = section.Section.Heading;
            string? closest = Spelling.Closest(heading.Text, schema.Sections.Select(s => s.Heading));
            context.ReportWithSuggestion(heading.TextSpan, $"section '{heading.Text}' is not in schema '{schema.Name}'", closest);
        }
    }
}
