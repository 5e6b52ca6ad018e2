using System.Runtime.CompilerServices;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Values;

namespace DossierLsp.Core.Rules.Fields;

internal sealed class DateInvalid() : Rule(
    "date-invalid",
    Severity.Error,
    "A date field holds something that is not a real date.",
    "Date fields accept `2024-05-01`, `May 1, 2024`, `1 May 2024`, `May 01 2024` and `05/01/2024` (month first unless the config says `dateOrder: dmy`), with a note in parentheses after the date. Placeholders the schema allows (`[TBD]`) are accepted. Impossible dates such as `2024-02-30` are errors.",
    "- **Posting Date**: 2024-02-30",
    "Write a real date; completion offers today's date in the form the document already uses.")
{
    [ModuleInitializer]
    internal static void Register() => RuleCatalog.Register(new DateInvalid());

    public override void Check(RuleContext context)
    {
        BoundDocument document = context.Document;
        foreach (FieldEntry field in document.Fields)
        {
            if (field.Spec is not { Type: FieldType.Date } spec || field.IsEmpty || spec.IsPlaceholder(field.Text))
            {
                continue;
            }
            DateParseResult date = DateParser.Parse(field.Text, document.Config.DateOrder);
            if (date.Status is DateStatus.Impossible or DateStatus.Unrecognized)
            {
                context.Report(field.ValueSpan, $"{spec.Key} '{field.Value}' is not a valid date: {date.Error}");
            }
        }
    }
}
