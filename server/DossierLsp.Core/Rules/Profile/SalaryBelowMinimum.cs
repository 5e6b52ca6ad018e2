using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Rules.Profile;

internal sealed class SalaryBelowMinimum : Rule
{
    public override string Id => "salary-below-minimum";
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "Even the top of the salary range is below your minimum.";
    public override string Description => "Compares the top of the range, as a yearly amount in your profile's currency (hourly pay × `hoursPerYear`, monthly × 12, other currencies through `exchangeRates`), with `profile.minimumSalary`. Silent when the profile has no minimum.";
    public override string Example => "- **Salary Range**: $120,000 - $150,000   (with minimumSalary: 180000)";
    public override string Fix => "Decide whether the role is still worth it (equity? growth?), negotiate, or set the status to WITHDRAWN.";

    public override void Check(RuleContext context)
    {
        var profile = context.Document.Profile;
        if (profile.MinimumSalary is not { } minimum || SalaryReading.Read(context.Document) is not { } salary
            || SalaryReading.InProfileCurrency(salary.Money, profile) is not { } annual)
        {
            return;
        }
        if (annual.Maximum < minimum.Value)
        {
            string range = SalaryReading.FormatRange(annual);
            context.Report(
                salary.Field.ValueSpan,
                $"salary {range} a year is below {SalaryReading.YourMinimum(profile, minimum.Value, annual.Currency)}"
                + (profile.Redacted ? "" : $" (short by {SalaryReading.Format(minimum.Value - annual.Maximum, annual.Currency)} at the top of the range)"));
        }
    }
}
