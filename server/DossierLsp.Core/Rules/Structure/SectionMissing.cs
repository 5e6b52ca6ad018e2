using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules.Structure;

internal sealed class SectionMissing : Rule
{
    public override string Id => "section-missing";
    public override Severity DefaultSeverity => Severity.Error;
    public override string Summary => "A section the schema requires is missing.";
    public override string Description => "Every section whose requirement is `required` in the schema must appear as a level-2 heading (matched whatever its case and decoration, aliases allowed). The finding is on the title line, or the first line when there is no title. A heading a few letters from a missing section (`## Requirments`) is read as that section and reported here, once, at the heading; its fix renames it. A document whose fields are in front matter needs no fields section.";
    public override string Example => "# Job Application: Acme - Engineer\n\n## Job Details\n- **Company**: Acme";
    public override string Fix => "Add the section. The quick fix inserts it at its place in the schema's order, with the schema's template.";

    public override void Check(RuleContext context) => ReportMissing(context, Requirement.Required, "required");

    internal static void ReportMissing(RuleContext context, Requirement requirement, string word)
    {
        BoundDocument document = context.Document;
        TextSpan anchor = document.Document.Title?.TextSpan ?? new TextSpan(0, 0);
        foreach (SectionSpec spec in document.Schema.Sections.Where(s => s.Requirement == requirement))
        {
            BoundSection? present = document.Sections.FirstOrDefault(s => s.Spec == spec);
            var add = new CodeFix($"Add section '## {spec.Heading}'", [DocumentEdits.InsertSection(document, spec)], IsPreferred: present is null);
            if (present is { Match: NameMatchKind.Misspelt })
            {
                // One mistake, one finding: at the typo, renaming it first.
                context.Report(present.Section.Heading.TextSpan, $"'{present.Section.Heading.Text}' looks like {word} section '{present.Name}'", Rename(present), add);
            }
            else if (present is null && !(spec.Matches(document.Schema.FieldsSection) && HasFrontMatterFields(document)))
            {
                context.Report(anchor, $"{word} section '## {spec.Heading}' is missing", add);
            }
        }
    }

    /// <summary>The automatic fix of a misspelt heading: the schema's spelling of the name it is closest to.</summary>
    internal static CodeFix Rename(BoundSection section) =>
        new($"Change to '{section.Name}'", [new TextEdit(section.Section.Heading.TextSpan, section.Name!)], IsPreferred: true, IsAutomatic: true);

    // Fields written in front matter need no fields section.
    private static bool HasFrontMatterFields(BoundDocument document) => document.Fields.Any(f => f.Form == FieldForm.FrontMatter);
}
