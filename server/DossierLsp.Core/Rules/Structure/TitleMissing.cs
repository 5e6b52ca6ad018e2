using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules.Structure;

internal sealed class TitleMissing : Rule
{
    public override string Id => "title-missing";
    public override Severity DefaultSeverity => Severity.Error;
    public override string Summary => "The dossier has no title (level-1 heading).";
    public override string Description => "A dossier starts with a level-1 heading that names the application, in the form the schema's title pattern gives (built-in: `# Job Application: <Company> - <Position>`).";
    public override string Example => "## Job Details\n- **Company**: Acme";
    public override string Fix => "Add the title as the first line. The quick fix builds it from the Company and Position fields.";

    public override void Check(RuleContext context)
    {
        if (context.Document.Document.Title is not null)
        {
            return;
        }
        BoundDocument document = context.Document;
        string company = document.FieldWithRole(FieldRole.Company)?.Value is { Length: > 0 } c ? c : "<Company>";
        string position = document.FieldWithRole(FieldRole.Position)?.Value is { Length: > 0 } p ? p : "<Position>";
        string title = $"Job Application: {company} - {position}";
        // After the front matter, or after a byte-order mark: a title inserted before the mark would push it onto the next line.
        int start = context.Source.Text.StartsWith('\uFEFF') ? 1 : 0;
        int at = document.Document.FrontMatterSpan is { } fm ? context.Source.GetLineEndIncludingBreak(context.Source.GetLineFromOffset(fm.End - 1)) : start;
        string nl = context.Source.PreferredLineBreak;
        context.Report(
            new TextSpan(at, 0),
            document.Schema.Title is { } spec ? $"no title; expected a first line such as '# {spec.Example}'" : "no title; expected a level-1 heading",
            new CodeFix($"Add title '# {title}'", [new TextEdit(new TextSpan(at, 0), $"# {title}{nl}{nl}")], IsPreferred: true));
    }
}
