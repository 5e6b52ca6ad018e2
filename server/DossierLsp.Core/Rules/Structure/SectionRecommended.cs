using System.Runtime.CompilerServices;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;

namespace DossierLsp.Core.Rules.Structure;

internal sealed class SectionRecommended() : Rule(
    "section-recommended",
    Severity.Info,
    "A section the schema recommends is missing.",
    "Sections whose requirement is `recommended` in the schema (built-in: Key Responsibilities, Qualification Analysis, Application Strategy) are worth having but not required.",
    "# Job Application: Acme - Engineer\n\n## Job Details\n…\n## Requirements\n…",
    "Add the section with the quick fix, or turn the rule off in `dossier.config.yaml` (`rules: { section-recommended: off }`).")
{
    [ModuleInitializer]
    internal static void Register() => RuleCatalog.Register(new SectionRecommended());

    public override void Check(RuleContext context) => SectionMissing.ReportMissing(context, Requirement.Recommended, "recommended");
}
