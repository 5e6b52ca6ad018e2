using DossierLsp.Core.Analysis;
using DossierLsp.Core.Pipeline;

namespace DossierLsp.Core.Report;

/// <summary>Computes a <see cref="PipelineReport"/> from summaries: a pure function of the dossiers, their cross-dossier findings and today.</summary>
public static class ReportBuilder
{
    // The built-in lifecycle: the stages an application moves through, and the statuses that end it.
    private static readonly string[] Progression = ["APPLIED", "SCREENING", "INTERVIEWING", "OFFER", "ACCEPTED"];
    private static readonly string[] FunnelStages = ["APPLIED", "SCREENING", "INTERVIEWING", "OFFER"];
    private const string Rejected = "REJECTED";
    private const string Withdrawn = "WITHDRAWN";

    /// <param name="displayPath">How the host shows a dossier's path (e.g. relative to the current folder).</param>
    public static PipelineReport Build(DossierIndex index, IReadOnlyList<WorkspaceFinding> crossDossier, DateOnly today, Func<string, string> displayPath)
    {
        DossierSummary[] dossiers = index.Dossiers.ToArray();
        // Each dossier is read under its own profile (its config's); the report's one currency is that of most of them.
        string currency = dossiers.Length == 0
            ? Config.Profile.Empty.Currency.Value
            : dossiers.GroupBy(d => d.Profile.Currency.Value, StringComparer.OrdinalIgnoreCase).MaxBy(g => g.Count())!.Key;
        DossierSummary[] inCurrency = dossiers.Where(d => string.Equals(d.Profile.Currency.Value, currency, StringComparison.OrdinalIgnoreCase)).ToArray();
        decimal?[] minimums = inCurrency.Select(d => d.Profile.MinimumSalary?.Value).Distinct().ToArray();
        DossierSummary[] applied = dossiers.Where(HasApplied).ToArray();
        DossierSummary[] responded = applied.Where(d => StageOf(d) >= 1 || Is(d, Rejected)).ToArray();
        double[] responseDays = responded.Select(DaysToFirstResponse).OfType<double>().Order().ToArray();
        IReadOnlyList<Reminder> reminders = Reminders.All(dossiers);
        NeedsYouItem Item(DossierSummary d, string reason) => new(displayPath(d.Path), d.DisplayName, reason);

        return new PipelineReport
        {
            Today = today,
            Dossiers = dossiers.Length,
            Currency = currency,
            MinimumSalary = minimums.Length == 1 ? minimums[0] : null,
            ByStatus = CountByStatus(dossiers),
            Funnel = Funnel(applied),
            ApplicationsPerWeek = PerWeek(dossiers),
            Responses = responded.Length,
            ResponseRate = applied.Length == 0 ? null : (double)responded.Length / applied.Length,
            MedianDaysToFirstResponse = Median(responseDays),
            ResponseTimes = responseDays.Length,
            Salaries = inCurrency
                .Where(d => d.Salary is { } s && string.Equals(s.Currency, currency, StringComparison.OrdinalIgnoreCase))
                .Select(d => new SalaryBar(displayPath(d.Path), d.DisplayName, d.Salary!.Minimum, d.Salary.Maximum, d.Profile.MinimumSalary?.Value))
                .ToArray(),
            FollowUpsDue = reminders.Where(r => r.Kind == ReminderKind.FollowUp && r.IsDue(today)).Select(r => Item(r.Dossier, r.Describe(today))).ToArray(),
            Stale = reminders.Where(r => r.Kind == ReminderKind.Stale && r.IsDue(today)).Select(r => Item(r.Dossier, r.Describe(today))).ToArray(),
            WithErrors = dossiers.Where(d => d.Errors > 0).Select(d => Item(d, d.Errors == 1 ? "1 error" : $"{d.Errors} errors")).ToArray(),
            Duplicates = crossDossier
                .Where(f => index.Find(f.Path) is not null)
                .Select(f => Item(index.Find(f.Path)!, f.Finding.Message))
                .ToArray(),
            FollowUps = reminders
                .Where(r => r.Kind == ReminderKind.FollowUp)
                .Select(r => new FollowUp(displayPath(r.Dossier.Path), r.Dossier.DisplayName, r.Dossier.Status, r.Since, r.DueOn))
                .ToArray(),
        };
    }

    private static IReadOnlyList<StatusCount> CountByStatus(DossierSummary[] dossiers) =>
        dossiers
            .GroupBy(d => d.Status, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Order: g.Key is null ? int.MaxValue : g.Min(d => d.StatusOrder) is var o and >= 0 ? o : int.MaxValue - 1, g.Key, Count: g.Count()))
            .OrderBy(g => g.Order)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new StatusCount(g.Key, g.Count))
            .ToArray();

    private static IReadOnlyList<FunnelStage> Funnel(DossierSummary[] applied)
    {
        var stages = new List<FunnelStage>();
        for (int i = 0; i < FunnelStages.Length; i++)
        {
            // Everyone who applied is in the first stage (a rejection or withdrawal says no more about how far it got).
            int count = i == 0 ? applied.Length : applied.Count(d => StageOf(d) >= i);
            double? conversion = i == 0 || stages[i - 1].Count == 0 ? null : (double)count / stages[i - 1].Count;
            stages.Add(new FunnelStage(FunnelStages[i].ToLowerInvariant(), count, conversion));
        }
        return stages;
    }

    private static IReadOnlyList<WeekCount> PerWeek(DossierSummary[] dossiers)
    {
        var byWeek = dossiers.Where(d => d.ApplicationDate is not null).GroupBy(d => WeekStart(d.ApplicationDate!.Value)).ToDictionary(g => g.Key, g => g.Count());
        if (byWeek.Count == 0)
        {
            return [];
        }
        var weeks = new List<WeekCount>();
        for (DateOnly week = byWeek.Keys.Min(), last = byWeek.Keys.Max(); week <= last; week = week.AddDays(7))
        {
            weeks.Add(new WeekCount(week, byWeek.GetValueOrDefault(week)));
        }
        return weeks;
    }

    private static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>Index in <see cref="Progression"/> (0 = applied … 4 = accepted), or -1.</summary>
    private static int StageOf(DossierSummary dossier) =>
        dossier.Status is { } status ? Array.FindIndex(Progression, s => string.Equals(s, status, StringComparison.OrdinalIgnoreCase)) : -1;

    // A rejection comes after an application; a withdrawal only counts when the dossier says it was sent.
    private static bool HasApplied(DossierSummary dossier) =>
        StageOf(dossier) >= 0 || Is(dossier, Rejected) || (Is(dossier, Withdrawn) && dossier.ApplicationDate is not null);

    private static bool Is(DossierSummary dossier, string status) => string.Equals(dossier.Status, status, StringComparison.OrdinalIgnoreCase);

    private static double? DaysToFirstResponse(DossierSummary dossier) =>
        dossier.ApplicationDate is { } applied && dossier.DatedLines.FirstOrDefault(d => d > applied) is { } first && first != default
            ? first.DayNumber - applied.DayNumber
            : null;

    private static double? Median(double[] sorted) =>
        sorted.Length == 0 ? null : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}
