using DossierLsp.Core.Analysis;
using DossierLsp.Core.Values;

namespace DossierLsp.Core.Rules.Profile;

internal sealed class SalaryCurrencyUnconverted : Rule
{
    public override string Id => "salary-currency-unconverted";
    public override Severity DefaultSeverity => Severity.Info;
    public override string Summary => "The salary is in another currency and no exchange rate is configured.";
    public override string Description => "To compare a salary with your minimum it must be in your profile's currency. When it is not and `profile.exchangeRates` has no rate for its currency, the minimum-salary rules stay silent and this finding says why. Silent when the profile has no minimum.";
    public override string Example => "- **Salary Range**: £60,000 - £70,000   (with currency: USD and no GBP rate)";
    public override string Fix => "Add a rate to your profile, e.g. `exchangeRates: { GBP: 1.27 }` (one GBP in your currency).";

    public override void Check(RuleContext context)
    {
        var profile = context.Document.Profile;
        if (profile.MinimumSalary is null || SalaryReading.Read(context.Document) is not { Money.Status: MoneyStatus.Stated } salary)
        {
            return;
        }
        if (SalaryReading.MissingRate(salary.Money, profile) is { } currency)
        {
            context.Report(
                salary.Field.ValueSpan,
                $"salary is in {currency} but your profile uses {profile.Currency.Value} and has no exchange rate for {currency}; add one under profile.exchangeRates to compare it with your minimum");
        }
    }
}
