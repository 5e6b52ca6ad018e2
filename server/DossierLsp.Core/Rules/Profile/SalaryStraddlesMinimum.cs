using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Rules.Profile;

internal sealed class SalaryStraddlesMinimum : Rule
{
    public override string Id => "salary-straddles-minimum";
    public override Severity DefaultSeverity => Severity.Info;
    public override string Summary => "Your minimum falls inside the salary range.";
    public override string Description => "The bottom of the range is below `profile.minimumSalary` but the top reaches it: an offer could land on either side, so it is worth negotiating from the start. Silent when the profile has no minimum.";
    public override string Example => "- **Salary Range**: $150,000 - $200,000   (with minimumSalary: 180000)";
    public override string Fix => "Plan to negotiate toward the top of the range.";

    public override void Check(RuleContext context)
    {
        var profile = context.Document.Profile;
        if (profile.MinimumSalary is not { } minimum || SalaryReading.Read(context.Document) is not { } salary
            || SalaryReading.InProfileCurrency(salary.Money, profile) is not { } annual)
        {
            return;
        }
        if (annual.Minimum < minimum.Value && annual.Maximum >= minimum.Value)
        {
            context.Report(
                salary.Field.ValueSpan,
                $"{SalaryReading.YourMinimum(profile, minimum.Value, annual.Currency)} is inside the range {SalaryReading.FormatRange(annual)} a year");
        }
    }
}
