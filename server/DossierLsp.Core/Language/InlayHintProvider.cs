using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;
using DossierLsp.Core.Values;
using DossierLsp.Core.Workspace;

namespace DossierLsp.Core.Language;

/// <summary>Meaning shown inline: a salary's yearly equivalent and its gap to the minimum; a date's age.</summary>
internal static class InlayHintProvider
{
    public static IReadOnlyList<InlayHintInfo> InlayHints(DocumentAnalysis analysis, TextSpan range, DateOnly today)
    {
        if (analysis.Bound is not { } document)
        {
            return [];
        }
        var hints = new List<InlayHintInfo>();
        foreach (FieldEntry field in document.Fields)
        {
            if (field.Spec is not { } spec || field.IsEmpty || !range.Intersects(field.ValueSpan))
            {
                continue;
            }
            if (spec.Type == FieldType.MoneyRange && SalaryHint(document, field) is { } salary)
            {
                hints.Add(salary);
            }
            else if (spec.Type == FieldType.Date && DateParser.Parse(field.Text, document.Config.DateOrder.Value) is { Status: DateStatus.Valid, Precision: DatePrecision.Day } date)
            {
                hints.Add(new InlayHintInfo(field.ValueSpan.End, Ages.Describe(date.Date, today)));
            }
        }
        return hints;
    }

    private static InlayHintInfo? SalaryHint(BoundDocument document, FieldEntry field)
    {
        MoneyParseResult money = MoneyParser.Parse(field.Text);
        if (SalaryReading.InProfileCurrency(money, document.Profile) is not { } annual)
        {
            return null;
        }
        string range = SalaryReading.FormatRange(annual);
        bool converted = money.Period != PayPeriod.Year || (money.Currency is { } c && !string.Equals(c, annual.Currency, StringComparison.OrdinalIgnoreCase));
        string? gap = document.Profile.MinimumSalary is { } minimum ? Gap.Describe(annual, minimum.Value) : null;
        if (!converted && gap is null)
        {
            return null;
        }
        string label = converted ? $"≈ {range}/yr" : "";
        label = gap is null ? label : label.Length > 0 ? $"{label} · {gap}" : gap;
        return new InlayHintInfo(field.ValueSpan.End, label);
    }
}
