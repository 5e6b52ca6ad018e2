using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Values;

namespace DossierLsp.Core.Rules.Fields;

internal sealed class DateInvalid : Rule
{
    public override string Id => "date-invalid";
    public override Severity DefaultSeverity => Severity.Error;
    public override string Summary => "A date field holds something that is not a real date.";
    public override string Description => "Date fields accept `2024-05-01`, `May 1, 2024`, `1 May 2024`, `7th of May 2024`, `Tuesday, 7 May 2024`, dotted `07.05.2024` (always day first), slashed or dashed `05/07/2024` (month first unless the config says `dateOrder: dmy`; see `date-ambiguous`) and month-only `May 2024` or `2024-05`, with any note after the date (`2024-05-03 via LinkedIn`, `May 3, 2024 — referral`). Placeholders the schema allows (`[TBD]`) are accepted. Impossible dates such as `2024-02-30` are errors.";
    public override string Example => "- **Posting Date**: 2024-02-30";
    public override string Fix => "Write a real date; completion offers today's date in the form the document already uses.";

    public override void Check(RuleContext context)
    {
        BoundDocument document = context.Document;
        foreach (FieldEntry field in document.Fields)
        {
            if (field.Spec is not { Type: FieldType.Date } spec || field.IsEmpty || spec.IsPlaceholder(field.Text))
            {
                continue;
            }
            DateParseResult date = document.DateOf(field);
            if (date.Status is DateStatus.Impossible or DateStatus.Unrecognized)
            {
                context.Report(field.ValueSpan, $"{spec.Key} '{field.Value}' is not a valid date: {date.Error}");
            }
        }
    }
}
