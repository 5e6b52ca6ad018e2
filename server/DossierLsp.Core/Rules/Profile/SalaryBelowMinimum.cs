using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Rules.Profile;

internal sealed class SalaryBelowMinimum : Rule
{
    public const string RuleId = "salary-below-minimum";

    public override string Id => RuleId;
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "Even the top of the salary range is below your minimum.";
    public override string Description => "Compares the top of the range (or the ceiling of `Up to $150k`), as a yearly amount in your profile's currency (hourly pay × `hoursPerYear`, daily × `hoursPerYear` / 8, weekly × 52, monthly × 12, other currencies through `exchangeRates`), with `profile.minimumSalary`; the message shows the conversion it used. When the value gives base pay beside total compensation (`TC $310k (base $190k)`), the base is compared and the total mentioned. A floor (`From $140k`) is never below: see `salary-straddles-minimum`. Silent when the profile has no minimum.";
    public override string Example => "- **Salary Range**: $120,000 - $150,000   (with minimumSalary: 180000)";
    public override string Fix => "Decide whether the role is still worth it (equity? growth?), negotiate, or set the status to WITHDRAWN.";

    public override void Check(RuleContext context)
    {
        if (SalaryReading.AgainstMinimum(context.Document) is not { Verdict: SalaryVerdict.Below } comparison)
        {
            return;
        }
        var profile = context.Document.Profile;
        var (field, annual, minimum, _) = comparison;
        string where = annual.Minimum == annual.Maximum ? "" : " at the top of the range";
        // Redacted output must not reveal the minimum, and "short by" would give it away too.
        string shortBy = profile.Redacted ? "" : $" (short by {SalaryReading.Format(minimum - annual.Maximum, annual.Currency)}{where})";
        context.Report(
            field.ValueSpan,
            $"salary {SalaryReading.Describe(annual)} is below {SalaryReading.YourMinimum(profile, minimum, annual.Currency)}{shortBy}");
    }
}
