using System.Runtime.CompilerServices;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Values;

namespace DossierLsp.Core.Rules.Fields;

internal sealed class DateOrder() : Rule(
    "date-order",
    Severity.Warning,
    "The application date is before the posting date.",
    "You cannot apply to a job before it is posted: when both dates are real dates, the field with role `application-date` must not be earlier than the one with role `posting-date`.",
    "- **Posting Date**: 2024-05-01\n- **Application Date**: 2024-04-20",
    "Check both dates; one of them is probably mistyped.")
{
    [ModuleInitializer]
    internal static void Register() => RuleCatalog.Register(new DateOrder());

    public override void Check(RuleContext context)
    {
        BoundDocument document = context.Document;
        if (document.FieldWithRole(FieldRole.PostingDate) is not { } posting || document.FieldWithRole(FieldRole.ApplicationDate) is not { } application)
        {
            return;
        }
        DateParseResult posted = DateParser.Parse(posting.Text, document.Config.DateOrder);
        DateParseResult applied = DateParser.Parse(application.Text, document.Config.DateOrder);
        if (posted.Status == DateStatus.Valid && applied.Status == DateStatus.Valid && applied.Date < posted.Date)
        {
            context.Report(
                application.ValueSpan,
                $"{application.Spec!.Key} {applied.Date:yyyy-MM-dd} is before {posting.Spec!.Key} {posted.Date:yyyy-MM-dd}");
        }
    }
}
