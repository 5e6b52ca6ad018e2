using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;
using DossierLsp.Core.Values;
using DossierLsp.Core.Workspace;

namespace DossierLsp.Core.Language;

/// <summary>
/// Only what the user cannot see at a glance: an hourly, monthly or foreign-currency salary as a yearly range in the
/// profile currency. The gap to the minimum is a diagnostic already, and a date's age is in its hover.
/// </summary>
internal static class InlayHintProvider
{
    public static IReadOnlyList<InlayHintInfo> InlayHints(DocumentAnalysis analysis, TextSpan range)
    {
        if (analysis.Bound is not { } document)
        {
            return [];
        }
        var hints = new List<InlayHintInfo>();
        foreach (FieldEntry field in document.Fields)
        {
            if (field.Spec is { Type: FieldType.MoneyRange } && !field.IsEmpty && range.Intersects(field.ValueSpan) && Conversion(document, field) is { } hint)
            {
                hints.Add(hint);
            }
        }
        return hints;
    }

    private static InlayHintInfo? Conversion(BoundDocument document, FieldEntry field)
    {
        MoneyParseResult money = document.MoneyOf(field);
        if (SalaryReading.InProfileCurrency(money, document.Profile) is not { } annual)
        {
            return null;
        }
        bool converted = money.Period != PayPeriod.Year || (money.Currency is { } c && !string.Equals(c, annual.Currency, StringComparison.OrdinalIgnoreCase));
        return converted ? new InlayHintInfo(field.ValueSpan.End, $"≈ {SalaryReading.FormatRange(annual)}/yr") : null;
    }
}
