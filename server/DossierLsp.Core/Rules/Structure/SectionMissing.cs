using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;

namespace DossierLsp.Core.Rules.Structure;

internal sealed class SectionMissing : Rule
{
    public override string Id => "section-missing";
    public override Severity DefaultSeverity => Severity.Error;
    public override string Summary => "A section the schema requires is missing.";
    public override string Description => "Every section whose requirement is `required` in the schema must appear as a level-2 heading (matched whatever its case and decoration, aliases allowed). The finding is on the title line, or the first line when there is no title. A heading a few letters from a missing section (`## Requirments`) is read as that section and reported here, once, at the heading; its fix renames it. A document whose fields are in front matter needs no fields section.";
    public override string Example => "# Job Application: Acme - Engineer\n\n## Job Details\n- **Company**: Acme";
    public override string Fix => "Add the section. The quick fix inserts it at its place in the schema's order, with the schema's template.";

    public override void Check(RuleContext context) => context.ReportMissingSections(Requirement.Required, "required");
}
