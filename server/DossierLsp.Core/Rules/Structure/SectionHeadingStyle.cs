using DossierLsp.Core.Analysis;
using DossierLsp.Core.Document;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules.Structure;

internal sealed class SectionHeadingStyle : Rule
{
    public override string Id => "section-heading-style";
    public override Severity DefaultSeverity => Severity.Info;
    public override string Summary => "A section heading differs from the schema's spelling in case, spacing or decoration.";
    public override string Description => "Headings match schema sections (and their aliases) whatever their case, spacing and decoration: `## job description`, `## 📋 Job Details`, `## 1. Job Details`, `## Job Details:`, `## Job details (from posting)` and `## Requirements & Skills` all count as the schema's section, and every check under them runs. This style finding asks for the schema's exact spelling, which keeps dossiers uniform and searchable.";
    public override string Example => "## job description";
    public override string Fix => "Use the schema's spelling; the quick fix rewrites the heading.";

    public override void Check(RuleContext context)
    {
        // Misspelt headings are reported by the rule for their section's requirement.
        foreach (BoundSection section in context.Document.Sections.Where(s => s.Spec is not null && s.Match == NameMatchKind.Styled))
        {
            Heading heading = section.Section.Heading;
            string canonical = section.Name ?? section.Spec!.Heading;
            context.Report(
                heading.TextSpan,
                $"heading '{heading.Text}' should be written '{canonical}'",
                new CodeFix($"Change to '{canonical}'", [new TextEdit(heading.TextSpan, canonical)], IsPreferred: true, IsAutomatic: true));
        }
    }
}
