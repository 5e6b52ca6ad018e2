using DossierLsp.Core.Analysis;
using DossierLsp.Core.Values;

namespace DossierLsp.Core.Rules.Profile;

internal sealed class SalaryUnparseable : Rule
{
    public override string Id => "salary-unparseable";
    public override Severity DefaultSeverity => Severity.Error;
    public override string Summary => "The salary value cannot be read as an amount or range.";
    public override string Description => "Salary values are read in many forms: `$200,000 - $250,000`, `$150K - $180K`, `$150k–180k`, `USD 120,000-140,000 per year`, `£60,000 - £70,000`, `$65/hr - $80/hr`, with notes such as `(Bonus eligible)` or `+ equity` after them. Words such as `Competitive` or `DOE` mean the amount is not stated (see `salary-missing`). Anything else is reported here.";
    public override string Example => "- **Salary Range**: around 150";
    public override string Fix => "Write the range as the posting gives it, e.g. `$150,000 - $180,000`.";

    public override void Check(RuleContext context)
    {
        if (SalaryReading.Read(context.Document) is { Money.Status: MoneyStatus.Unparseable } salary)
        {
            context.Report(salary.Field.ValueSpan, $"cannot read salary '{salary.Field.Value}': {salary.Money.Error}");
        }
    }
}
