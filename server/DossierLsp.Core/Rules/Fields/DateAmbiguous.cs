using DossierLsp.Core.Analysis;
using DossierLsp.Core.Config;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Values;

namespace DossierLsp.Core.Rules.Fields;

internal sealed class DateAmbiguous : Rule
{
    public override string Id => "date-ambiguous";
    public override Severity DefaultSeverity => Severity.Info;
    public override string Summary => "A numeric date could be read either way round, and the config does not say which.";
    public override string Description => "`05/01/2024` is May 1 in the US and 5 January almost everywhere else. Without `dateOrder` in `dossier.config.yaml`, slashed and dashed numeric dates are read month first, and a date whose first two parts are both 12 or less gets this finding naming both readings. Dotted dates (`05.01.2024`) are always day first and never ambiguous. Silent once `dateOrder` is set.";
    public override string Example => "- **Posting Date**: 05/01/2024";
    public override string Fix => "Set `dateOrder: mdy` or `dateOrder: dmy` in `dossier.config.yaml`, or write the date as `2024-05-01` or `May 1, 2024`.";

    public override void Check(RuleContext context)
    {
        BoundDocument document = context.Document;
        if (document.Config.DateOrder.Source != ValueSource.Default)
        {
            return;
        }
        foreach (FieldEntry field in document.Fields)
        {
            if (field.Spec is not { Type: FieldType.Date } spec
                || document.DateOf(field) is not { Status: DateStatus.Valid, OtherReading: { } other } date)
            {
                continue;
            }
            string written = field.Text[..date.DateLength].Trim();
            context.Report(
                field.ValueSpan,
                $"{spec.Key} '{written}' is read month first as {DateParser.Format(date.Date, DateFormat.MonthNameDayYear)}; day first it would be {DateParser.Format(other, DateFormat.DayMonthNameYear)}. Set dateOrder (mdy or dmy) in dossier.config.yaml, or write {date.Date:yyyy-MM-dd}");
        }
    }
}
