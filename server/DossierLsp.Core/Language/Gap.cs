using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Language;

/// <summary>Words for how a salary range sits against the minimum, shared by hover and inlay hints.</summary>
internal static class Gap
{
    public static string Describe(AnnualSalary annual, decimal minimum) =>
        annual.Maximum < minimum ? $"{SalaryReading.Format(minimum - annual.Maximum, annual.Currency)} below minimum"
        : annual.Minimum >= minimum ? $"{SalaryReading.Format(annual.Minimum - minimum, annual.Currency)} above minimum"
        : "minimum within range";
}
