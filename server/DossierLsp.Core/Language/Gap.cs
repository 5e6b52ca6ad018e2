using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Language;

/// <summary>Words for how a salary range sits against the minimum, shared by hover and inlay hints.</summary>
internal static class Gap
{
    public static string Describe(AnnualSalary annual, decimal minimum) => annual.Against(minimum) switch
    {
        SalaryVerdict.Below => $"{SalaryReading.Format(minimum - annual.Maximum, annual.Currency)} below minimum",
        SalaryVerdict.Meets => $"{SalaryReading.Format(annual.Minimum - minimum, annual.Currency)} above minimum",
        _ => annual.Bound == Values.SalaryBound.Range ? "minimum within range" : "may be below minimum",
    };
}
