using DossierLsp.Core.Analysis;
using DossierLsp.Core.Values;

namespace DossierLsp.Core.Rules.Profile;

internal sealed class SalaryUnparseable : Rule
{
    public override string Id => "salary-unparseable";
    public override Severity DefaultSeverity => Severity.Error;
    public override string Summary => "The salary value cannot be read as an amount or range, or its reading is implausible.";
    public override string Description => "Salary values are read in many forms: ranges (`$200,000 - $250,000`, `$150k–180k`, `USD 120,000-140,000 per year`), floors and ceilings (`From $140k`, `$120k+`, `Starting at £55,000`, `Up to $180,000`), base and total (`TC $310k (base $190k)`, `$190k base, $310k TC`, `$160,000 OTE`), number styles (`70 000 €`, `150.000,00 €`, `CHF 120'000`, `₹25,00,000`, `INR 25 LPA`, `₹18 lakh`, `1.2 Cr`, `k`, `M`) and pay periods (`/hr`, `per day`, `/week`, `monthly`, `p.a.`, `per annum`, `yearly`), with any note after them (`+ equity`, `(Bonus eligible)`, `brut annuel`). A value with no digits at all (`Competitive`, `DOE`) states no amount (see `salary-missing`). Reported here: a value whose numbers cannot be read (the message says what was read and what was not), and a reading that is probably wrong: under 1,000 a year, or a tenth of your minimum or less from a number with separators that could be meant otherwise; such a salary is not compared with your minimum.";
    public override string Example => "- **Salary Range**: around 150";
    public override string Fix => "Write the range as the posting gives it, e.g. `$150,000 - $180,000`.";

    public override void Check(RuleContext context)
    {
        if (SalaryReading.Read(context.Document) is not { } salary)
        {
            return;
        }
        if (salary.Money.Status == MoneyStatus.Unparseable)
        {
            context.Report(salary.Field.ValueSpan, $"cannot read salary '{salary.Field.Text}': {salary.Money.Error}");
        }
        else if (SalaryReading.Misread(salary.Money, context.Document.Profile) is { } why)
        {
            context.Report(salary.Field.ValueSpan, $"salary '{salary.Field.Text}' is probably misread, so it is not compared with your minimum: {why}");
        }
    }
}
