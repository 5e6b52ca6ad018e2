using DossierLsp.Core.Analysis;
using DossierLsp.Core.Pipeline;

namespace DossierLsp.Core.Language;

/// <summary>What clicking a lens does; <see cref="None"/> for a lens that only informs.</summary>
public enum LensAction { None, SetStatus, AddFollowUp }

/// <summary>A line of text shown above the title, e.g. "APPLIED · applied 12 days ago".</summary>
public sealed record LensInfo(string Title, LensAction Action);

/// <summary>The lenses on a dossier's title: where the application stands, its reminder, and the salary against the minimum.</summary>
internal static class CodeLensProvider
{
    public static IReadOnlyList<LensInfo> Lenses(DossierSummary summary, DateOnly today)
    {
        var lenses = new List<LensInfo> { new(StatusLine(summary, today), LensAction.SetStatus) };
        if (ReminderLens(Reminders.For(summary), today) is { } reminder)
        {
            lenses.Add(reminder);
        }
        if (SalaryLine(summary) is { } salary)
        {
            lenses.Add(new LensInfo(salary, LensAction.None));
        }
        return lenses;
    }

    /// <summary>A follow-up (due or coming) offers to log one; a stale dossier offers to change its status.</summary>
    private static LensInfo? ReminderLens(Reminder? reminder, DateOnly today) => reminder switch
    {
        { Kind: ReminderKind.FollowUp } r when r.IsDue(today) => new($"Follow-up due · last news {Ages.Describe(r.Since, today)} · add a note", LensAction.AddFollowUp),
        { Kind: ReminderKind.FollowUp } r => new($"Follow up {Ages.Describe(r.DueOn, today)} · add a note", LensAction.AddFollowUp),
        { Kind: ReminderKind.Stale } r when r.IsDue(today) => new($"Stale · last touched {Ages.Describe(r.Since, today)}", LensAction.SetStatus),
        _ => null,
    };

    private static string StatusLine(DossierSummary summary, DateOnly today)
    {
        string status = summary.Status ?? "Set status";
        return summary.ApplicationDate is { } applied ? $"{status} · applied {Ages.Describe(applied, today)}" : status;
    }

    private static string? SalaryLine(DossierSummary summary)
    {
        if (summary.Salary is not { } annual)
        {
            return summary.SalaryValue is null ? null : "Salary not comparable with your minimum";
        }
        string range = SalaryReading.FormatRange(annual);
        return summary.Profile.MinimumSalary is { } minimum ? $"{range} · {Gap.Describe(annual, minimum.Value)}" : range;
    }
}
