using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;

namespace DossierLsp.Core.Rules.Fields;

internal sealed class FieldRequiredWhen : Rule
{
    public override string Id => "field-required-when";
    public override Severity DefaultSeverity => Severity.Error;
    public override string Summary => "A field still holds a placeholder (or nothing) although the status requires a real value.";
    public override string Description => "Schema fields can say when they become required (`requiredWhen`): built-in, Application Date must be a real date once Application Status is APPLIED or later. A placeholder such as `[TBD]`, an empty value or a missing field is then an error.";
    public override string Example => "- **Application Status**: APPLIED\n- **Application Date**: [TBD]";
    public override string Fix => "Fill in the value. For a date, the quick fix writes today's date in the form the document already uses.";

    public override void Check(RuleContext context)
    {
        BoundDocument document = context.Document;
        foreach (FieldSpec spec in document.Schema.Fields)
        {
            if (spec.RequiredWhen is not { } condition || !Conditions.Holds(document, condition))
            {
                continue;
            }
            FieldEntry? field = document.Field(spec);
            if (field is not null && !field.IsEmpty && !spec.IsPlaceholder(field.Text))
            {
                continue;
            }
            string message = field is null
                ? $"'{spec.Key}' is required when {condition.Description}"
                : $"'{spec.Key}' is {(field.IsEmpty ? "empty" : $"still '{field.Value}'")} but {condition.Description}";
            CodeFix[] fixes = spec.Type == FieldType.Date && TodayFix(context, spec, field) is { } fix ? [fix] : [];
            context.Report(field?.ValueSpan ?? document.FieldWithRole(FieldRole.Status)?.ValueSpan ?? new Text.TextSpan(0, 0), message, fixes);
        }
    }

    private static CodeFix? TodayFix(RuleContext context, FieldSpec spec, FieldEntry? field)
    {
        string today = DocumentDates.Today(context.Document, context.Today);
        if (field is not null)
        {
            return new CodeFix($"Set {spec.Key} to today ({today})", [DocumentEdits.ReplaceValue(field, today)], IsPreferred: true);
        }
        return DocumentEdits.InsertField(context.Document, spec, today) is { } edit
            ? new CodeFix($"Add {spec.Key} of today ({today})", [edit], IsPreferred: true)
            : null;
    }
}
