using System.Runtime.CompilerServices;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules.Fields;

internal sealed class FieldMissing() : Rule(
    "field-missing",
    Severity.Error,
    "A required field is missing from the fields section.",
    "Every field marked `required` in the schema must appear as a bullet in the fields section (built-in: `## Job Details`) or as a front matter key. When the fields section itself is missing, `section-missing` reports that instead.",
    "## Job Details\n- **Company**: Acme",
    "Add the field; the quick fix inserts `- **Key**: ` at its place in the schema's order.")
{
    [ModuleInitializer]
    internal static void Register() => RuleCatalog.Register(new FieldMissing());

    public override void Check(RuleContext context)
    {
        BoundDocument document = context.Document;
        if (document.FieldsSection is not { } section && document.Fields.Count == 0)
        {
            return;
        }
        TextSpan anchor = document.FieldsSection?.Section.Heading.TextSpan ?? document.Document.FrontMatterSpan ?? new TextSpan(0, 0);
        foreach (FieldSpec spec in document.Schema.Fields.Where(f => f.Required))
        {
            if (document.Field(spec) is not null)
            {
                continue;
            }
            CodeFix[] fixes = DocumentEdits.InsertField(document, spec, "") is { } edit
                ? [new CodeFix($"Add field '{spec.Key}'", [edit], IsPreferred: true)]
                : [];
            context.Report(anchor, $"required field '{spec.Key}' is missing", fixes);
        }
    }
}
