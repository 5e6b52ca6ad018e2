using DossierLsp.Core.Analysis;
using DossierLsp.Core.Document;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules.Structure;

internal sealed class SectionHeadingStyle : Rule
{
    public override string Id => "section-heading-style";
    public override Severity DefaultSeverity => Severity.Info;
    public override string Summary => "A section heading differs from the schema's spelling in case or spacing.";
    public override string Description => "Headings match schema sections case-insensitively, so `## job description` counts as Job Description. This style finding asks for the schema's exact spelling, which keeps dossiers uniform and searchable.";
    public override string Example => "## job description";
    public override string Fix => "Use the schema's spelling; the quick fix rewrites the heading.";

    public override void Check(RuleContext context)
    {
        foreach (BoundSection section in context.Document.Sections)
        {
            if (section.Spec is not { } spec)
            {
                continue;
            }
            Heading heading = section.Section.Heading;
            string canonical = spec.Aliases.FirstOrDefault(a => NameMatch.Equal(a, heading.Text)) ?? spec.Heading;
            if (!string.Equals(heading.Text, canonical, StringComparison.Ordinal))
            {
                context.Report(
                    heading.TextSpan,
                    $"heading '{heading.Text}' should be written '{canonical}'",
                    new CodeFix($"Change to '{canonical}'", [new TextEdit(heading.TextSpan, canonical)], IsPreferred: true, IsAutomatic: true));
            }
        }
    }
}
