using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Rules.Structure;

internal sealed class TitlePattern : Rule
{
    public override string Id => "title-pattern";
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "The title does not follow the schema's title pattern.";
    public override string Description => "The level-1 heading must match the schema's title pattern (built-in: `Job Application: <Company> - <Position>`) or one of its variants (see `title-style`), so dossiers sort and read alike and the title can be checked against the fields. A file whose title is not recognised is still checked when its content is clearly a dossier (a fields section with several schema fields, or several schema sections); this finding then says why the title was not recognised.";
    public override string Example => "# Root Insurance ML job";
    public override string Fix => "Rewrite the title in the expected form, e.g. `# Job Application: Root Insurance - Staff ML Engineer`.";

    public override void Check(RuleContext context)
    {
        BoundDocument document = context.Document;
        if (document.Document.Title is { } title && document.Schema.Title is { } spec && document.TitleMatch is null)
        {
            string variants = spec.Variants.Count > 0 ? " or one of its accepted variants" : "";
            context.Report(title.TextSpan, document.TitleNotChecked is { } reason
                ? $"title could not be checked against the form '{spec.Example}': {reason}"
                : $"title '{title.Text}' is not recognised as a dossier title: it does not match the form '{spec.Example}'{variants}");
        }
    }
}
