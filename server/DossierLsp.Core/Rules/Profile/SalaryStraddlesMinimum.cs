using DossierLsp.Core.Analysis;
using DossierLsp.Core.Values;

namespace DossierLsp.Core.Rules.Profile;

internal sealed class SalaryStraddlesMinimum : Rule
{
    public const string RuleId = "salary-straddles-minimum";

    public override string Id => RuleId;
    public override Severity DefaultSeverity => Severity.Info;
    public override string Summary => "The salary may be below your minimum: the minimum falls inside the range, or only a floor or ceiling is given.";
    public override string Description => "The bottom of the range is below `profile.minimumSalary` but the top reaches it, so an offer could land on either side and it is worth negotiating from the start. The same holds for a floor below your minimum (`From $140k`, `$120k+`) and a ceiling above it (`Up to $200k`). Silent when the profile has no minimum.";
    public override string Example => "- **Salary Range**: $150,000 - $200,000   (with minimumSalary: 180000)";
    public override string Fix => "Plan to negotiate toward the top of the range, or ask what the range is.";

    public override void Check(RuleContext context)
    {
        if (SalaryReading.AgainstMinimum(context.Document) is not { Verdict: SalaryVerdict.MayBeBelow } comparison)
        {
            return;
        }
        var (field, annual, minimum, _) = comparison;
        string yours = SalaryReading.YourMinimum(context.Document.Profile, minimum, annual.Currency);
        string message = annual.Bound switch
        {
            SalaryBound.Floor => $"salary {SalaryReading.Describe(annual)} may be below {yours}: only the floor is given",
            SalaryBound.Ceiling => $"salary {SalaryReading.Describe(annual)} may be below {yours}: only the ceiling is given",
            _ => $"{yours} is inside the range {SalaryReading.Describe(annual)}",
        };
        context.Report(field.ValueSpan, message);
    }
}
