using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Pipeline;

/// <summary>
/// Time-dependent reminders. They depend on today, so they are never lint findings (a CI result must not change
/// overnight); the report, code lenses and editor views show them. Today and file dates come from the host.
/// </summary>
public static class Reminders
{
    // The built-in lifecycle's names; a schema with other statuses gets no reminders.
    private static readonly string[] InProgress = ["APPLIED", "SCREENING", "INTERVIEWING"];
    private static readonly string[] NotYetApplied = ["RESEARCHING", "PREPARED"];

    /// <summary>
    /// The dossier's reminder, due or not yet: a follow-up <c>profile.followUpAfterDays</c> after the latest date of an
    /// application in progress (its application date or a dated line), or "stale" <c>profile.staleAfterDays</c> after
    /// a dossier not yet applied for was last touched. Null when the status has none or no date tells when to start counting.
    /// </summary>
    public static Reminder? For(DossierSummary dossier)
    {
        if (Is(dossier, InProgress) && dossier.LatestDate is { } latest)
        {
            return new Reminder(ReminderKind.FollowUp, dossier, latest, latest.AddDays(dossier.Profile.FollowUpAfterDays.Value));
        }
        if (Is(dossier, NotYetApplied) && dossier.LastTouched is { } touched)
        {
            return new Reminder(ReminderKind.Stale, dossier, touched, touched.AddDays(dossier.Profile.StaleAfterDays.Value));
        }
        return null;
    }

    /// <summary>Every reminder of <paramref name="dossiers"/>, due or not, by due date then path.</summary>
    public static IReadOnlyList<Reminder> All(IEnumerable<DossierSummary> dossiers) =>
        dossiers.Select(For).OfType<Reminder>()
            .OrderBy(r => r.DueOn)
            .ThenBy(r => r.Dossier.Path, StringComparer.Ordinal)
            .ToArray();

    /// <summary>The reminders due on or before <paramref name="today"/>.</summary>
    public static IReadOnlyList<Reminder> Due(IEnumerable<DossierSummary> dossiers, DateOnly today) =>
        All(dossiers).Where(r => r.IsDue(today)).ToArray();

    private static bool Is(DossierSummary dossier, string[] statuses) =>
        dossier.Status is { } status && statuses.Contains(status, StringComparer.OrdinalIgnoreCase);
}
