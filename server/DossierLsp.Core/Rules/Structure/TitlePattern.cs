using System.Runtime.CompilerServices;
using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Rules.Structure;

internal sealed class TitlePattern() : Rule(
    "title-pattern",
    Severity.Warning,
    "The title does not follow the schema's title pattern.",
    "The level-1 heading must match the schema's title pattern (built-in: `Job Application: <Company> - <Position>`), so dossiers sort and read alike and the title can be checked against the fields.",
    "# Root Insurance ML job",
    "Rewrite the title in the expected form, e.g. `# Job Application: Root Insurance - Staff ML Engineer`.")
{
    [ModuleInitializer]
    internal static void Register() => RuleCatalog.Register(new TitlePattern());

    public override void Check(RuleContext context)
    {
        BoundDocument document = context.Document;
        if (document.Document.Title is { } title && document.Schema.Title is { } spec && document.TitleMatch is null)
        {
            context.Report(title.TextSpan, document.TitleNotChecked is { } reason
                ? $"title could not be checked against the expected form '{spec.Example}': {reason}"
                : $"title '{title.Text}' does not match the expected form '{spec.Example}'");
        }
    }
}
