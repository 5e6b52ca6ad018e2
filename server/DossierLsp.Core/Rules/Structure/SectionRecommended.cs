using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;

namespace DossierLsp.Core.Rules.Structure;

internal sealed class SectionRecommended : Rule
{
    public override string Id => "section-recommended";
    public override Severity DefaultSeverity => Severity.Info;
    public override string Summary => "A section the schema recommends is missing.";
    public override string Description => "Sections whose requirement is `recommended` in the schema (built-in: Key Responsibilities, Qualification Analysis, Application Strategy) are worth having but not required.";
    public override string Example => "# Job Application: Acme - Engineer\n\n## Job Details\n…\n## Requirements\n…";
    public override string Fix => "Add the section with the quick fix, or turn the rule off in `dossier.config.yaml` (`rules: { section-recommended: off }`).";

    public override void Check(RuleContext context) => context.ReportMissingSections(Requirement.Recommended, "recommended");
}
