using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules.Fields;

internal sealed class FieldMissing : Rule
{
    public override string Id => "field-missing";
    public override Severity DefaultSeverity => Severity.Error;
    public override string Summary => "A required field is missing from the fields section.";
    public override string Description => "Every field marked `required` in the schema must appear in the fields section (built-in: `## Job Details`) or as a front matter key. When the fields section itself is missing, `section-missing` reports that instead. A key a few letters from a missing required field (`Compnay`) is read as that field and reported here, once, at the key; its fix renames it.";
    public override string Example => "## Job Details\n- **Company**: Acme";
    public override string Fix => "Add the field; the quick fix inserts `- **Key**: ` at its place in the schema's order.";

    public override void Check(RuleContext context)
    {
        BoundDocument document = context.Document;
        if (document.FieldsSection is not { } section && document.Fields.Count == 0)
        {
            return;
        }
        TextSpan anchor = document.FieldsSection?.Section.Heading.TextSpan ?? document.Document.FrontMatterSpan ?? new TextSpan(0, 0);
        foreach (FieldSpec spec in document.Schema.Fields)
        {
            if (!spec.Required)
            {
                continue;
            }
            FieldEntry? field = document.Field(spec);
            // Built only for a finding: most required fields are present, and the insertion edit is the costly part.
            CodeFix[] Add() => DocumentEdits.InsertField(document, spec, "") is { } edit ? [new CodeFix($"Add field '{spec.Key}'", [edit], IsPreferred: field is null)] : [];
            if (field is { Match: NameMatchKind.Misspelt })
            {
                // One mistake, one finding: at the typo, renaming it first.
                context.Report(field.KeySpan, $"'{field.Key}' looks like required field '{field.Name}'", [RuleContext.RenameFix(field), .. Add()]);
            }
            else if (field is null)
            {
                string hint = document.UnreadableFields.FirstOrDefault(u => u.Spec == spec) is { } unreadable
                    ? $" (line {context.Source.GetLineFromOffset(unreadable.Span.Start) + 1} names it but cannot be read)"
                    : "";
                context.Report(anchor, $"required field '{spec.Key}' is missing{hint}", Add());
            }
        }
    }
}
