using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Rules.Structure;

internal sealed class TitlePattern : Rule
{
    public override string Id => "title-pattern";
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "The title does not follow the schema's title pattern.";
    public override string Description => "The level-1 heading must match the schema's title pattern (built-in: `Job Application: <Company> - <Position>`), so dossiers sort and read alike and the title can be checked against the fields.";
    public override string Example => "# Root Insurance ML job";
    public override string Fix => "Rewrite the title in the expected form, e.g. `# Job Application: Root Insurance - Staff ML Engineer`.";

    public override void Check(RuleContext context)
    {
        BoundDocument document = context.Document;
        if (document.Document.Title is { } title && document.Schema.Title is { } spec && document.TitleMatch is null)
        {
            context.Report(title.TextSpan, $"title '{title.Text}' does not match the expected form '{spec.Example}'");
        }
    }
}
