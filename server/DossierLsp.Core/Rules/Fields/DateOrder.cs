using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Values;

namespace DossierLsp.Core.Rules.Fields;

internal sealed class DateOrder : Rule
{
    public override string Id => "date-order";
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "The application date is before the posting date.";
    public override string Description => "You cannot apply to a job before it is posted: when both dates are real dates, the field with role `application-date` must not be earlier than the one with role `posting-date`. A month-only date (`May 2024`) is compared by its month.";
    public override string Example => "- **Posting Date**: 2024-05-01\n- **Application Date**: 2024-04-20";
    public override string Fix => "Check both dates; one of them is probably mistyped.";

    public override void Check(RuleContext context)
    {
        BoundDocument document = context.Document;
        if (document.FieldWithRole(FieldRole.PostingDate) is not { } posting || document.FieldWithRole(FieldRole.ApplicationDate) is not { } application)
        {
            return;
        }
        DateParseResult posted = document.DateOf(posting);
        DateParseResult applied = document.DateOf(application);
        if (posted.Status != DateStatus.Valid || applied.Status != DateStatus.Valid)
        {
            return;
        }
        bool byMonth = posted.Precision == DatePrecision.Month || applied.Precision == DatePrecision.Month;
        bool before = byMonth
            ? (applied.Date.Year, applied.Date.Month).CompareTo((posted.Date.Year, posted.Date.Month)) < 0
            : applied.Date < posted.Date;
        if (before)
        {
            context.Report(
                application.ValueSpan,
                $"{application.Spec!.Key} {Show(applied)} is before {posting.Spec!.Key} {Show(posted)}");
        }
    }

    private static string Show(DateParseResult date) => date.Precision == DatePrecision.Month ? $"{date.Date:yyyy-MM}" : $"{date.Date:yyyy-MM-dd}";
}
