using System.Text.RegularExpressions;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules.Structure;

internal sealed class TitleFieldMismatch : Rule
{
    public override string Id => "title-field-mismatch";
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "The title names a different company or position than the fields.";
    public override string Description => "Each part of the title that the schema ties to a field (built-in: company → Company, position → Position) must hold the same text as that field, ignoring case and spacing.";
    public override string Example => "# Job Application: Root - Staff Engineer\n\n## Job Details\n- **Company**: Root Insurance";
    public override string Fix => "Make the title and the field agree. Quick fixes copy either one into the other.";

    public override void Check(RuleContext context)
    {
        BoundDocument document = context.Document;
        if (document.TitleMatch is not { } match || document.Schema.Title is not { } spec)
        {
            return;
        }
        int titleStart = document.Document.Title!.TextSpan.Start;
        foreach (var (capture, fieldKey) in spec.Agreements)
        {
            Group group = match.Groups[capture];
            if (!group.Success || document.Schema.FindField(fieldKey) is not { } fieldSpec || document.Field(fieldSpec) is not { IsEmpty: false } field)
            {
                continue;
            }
            // Extra words in a note are fine: "Data Engineer (Remote)" in the title agrees with "Data Engineer".
            // Most titles repeat the field as written, which needs no words compared and no strings built.
            if (group.ValueSpan.SequenceEqual(field.Text) || NameMatch.Equal(group.Value, field.Text) || NameKey.Of(group.Value) == NameKey.Of(field.Text))
            {
                continue;
            }
            var titlePart = new TextSpan(titleStart + group.Index, group.Length);
            context.Report(
                titlePart,
                $"title says {capture} '{group.Value}' but {fieldSpec.Key} is '{field.Text}'",
                new CodeFix($"Change the title to '{field.Text}'", [new TextEdit(titlePart, field.Text)]),
                new CodeFix($"Change {fieldSpec.Key} to '{group.Value}'", [DocumentEdits.ReplaceValue(field, group.Value)]));
        }
    }
}
