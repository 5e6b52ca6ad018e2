using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Rules.Structure;

internal sealed class SectionDuplicate : Rule
{
    public override string Id => "section-duplicate";
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "A section appears more than once.";
    public override string Description => "Each schema section may appear once; a second heading for the same section (aliases and case count as the same) splits its content and confuses every tool that reads it.";
    public override string Example => "## Notes\n- one\n\n## notes\n- two";
    public override string Fix => "Merge the content into the first section and delete the second heading.";

    public override void Check(RuleContext context)
    {
        IReadOnlyList<BoundSection> sections = context.Document.Sections;
        for (int i = 0; i < sections.Count; i++)
        {
            if (FirstOccurrence.Before(sections, i, static x => x.Spec) is { } first)
            {
                int firstLine = context.Source.GetLineFromOffset(first.Section.Heading.Span.Start) + 1;
                context.Report(sections[i].Section.Heading.TextSpan, $"section '{sections[i].Spec!.Heading}' already appears on line {firstLine}");
            }
        }
    }
}
