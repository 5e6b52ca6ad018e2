using System.Runtime.CompilerServices;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Document;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules.Structure;

internal sealed class SectionHeadingStyle() : Rule(
    "section-heading-style",
    Severity.Info,
    "A section heading differs from the schema's spelling in case or spacing.",
    "Headings match schema sections case-insensitively, so `## job description` counts as Job Description. This style finding asks for the schema's exact spelling, which keeps dossiers uniform and searchable.",
    "## job description",
    "Use the schema's spelling; the quick fix rewrites the heading.")
{
    [ModuleInitializer]
    internal static void Register() => RuleCatalog.Register(new SectionHeadingStyle());

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
