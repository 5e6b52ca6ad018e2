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

/// <summary>"today", "3 days ago", "in 2 days".</summary>
internal static class Ages
{
    public static string Describe(DateOnly date, DateOnly today)
    {
        int days = today.DayNumber - date.DayNumber;
        return days switch
        {
            0 => "today",
            1 => "yesterday",
            -1 => "tomorrow",
            > 0 => $"{days} days ago",
            _ => $"in {-days} days",
        };
    }
}
