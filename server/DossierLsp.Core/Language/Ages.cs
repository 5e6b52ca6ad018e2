namespace DossierLsp.Core.Language;

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
