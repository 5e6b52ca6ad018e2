using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Pipeline;

/// <summary>
/// Something a dossier needs from its owner on or after <see cref="DueOn"/>: a follow-up on an application in progress,
/// or a decision on one that went stale. <see cref="Since"/> is the date the count starts from.
/// </summary>
public sealed record Reminder(ReminderKind Kind, DossierSummary Dossier, DateOnly Since, DateOnly DueOn)
{
    public bool IsDue(DateOnly today) => DueOn <= today;

    /// <summary>"follow up: APPLIED, last date 2024-05-01 (12 days ago)" or "stale: PREPARED, untouched since 2024-04-01 (61 days)".</summary>
    public string Describe(DateOnly today)
    {
        int days = today.DayNumber - Since.DayNumber;
        return Kind == ReminderKind.FollowUp
            ? $"follow up: {Dossier.Status}, last news {Since:yyyy-MM-dd} ({Days(days)} ago)"
            : $"stale: {Dossier.Status}, untouched since {Since:yyyy-MM-dd} ({Days(days)})";
    }

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";
}
