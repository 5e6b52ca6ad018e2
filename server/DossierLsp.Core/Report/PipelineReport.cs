namespace DossierLsp.Core.Report;

/// <summary>
/// Where the job search stands: every number and list of <c>dossier report</c>, computed once by
/// <see cref="ReportBuilder"/> and written by each renderer. File paths are as the host displays them.
/// </summary>
public sealed record PipelineReport
{
    public required DateOnly Today { get; init; }
    public required int Dossiers { get; init; }
    /// <summary>The profile currency every amount is in: that of most dossiers' profiles.</summary>
    public required string Currency { get; init; }
    /// <summary>
    /// The minimum salary of the profiles in <see cref="Currency"/>; null when they have none or their minimums differ
    /// (then each <see cref="SalaryBar"/> carries its own).
    /// </summary>
    public decimal? MinimumSalary { get; init; }
    /// <summary>By status, in lifecycle order; unknown statuses after the schema's, then dossiers without a status.</summary>
    public required IReadOnlyList<StatusCount> ByStatus { get; init; }
    /// <summary>applied → screening → interviewing → offer.</summary>
    public required IReadOnlyList<FunnelStage> Funnel { get; init; }
    /// <summary>Every week from the first application to the last, empty weeks included.</summary>
    public required IReadOnlyList<WeekCount> ApplicationsPerWeek { get; init; }
    /// <summary>Applications that got an answer (screening or later, or a rejection).</summary>
    public required int Responses { get; init; }
    /// <summary><see cref="Responses"/> over applications; null when nothing was applied for.</summary>
    public double? ResponseRate { get; init; }
    /// <summary>Median days from the Application Date to the first dated line after it, over answered applications with both.</summary>
    public double? MedianDaysToFirstResponse { get; init; }
    /// <summary>How many applications the median is taken over.</summary>
    public required int ResponseTimes { get; init; }
    /// <summary>Dossiers with a salary in <see cref="Currency"/>, in file order.</summary>
    public required IReadOnlyList<SalaryBar> Salaries { get; init; }
    public required IReadOnlyList<NeedsYouItem> FollowUpsDue { get; init; }
    public required IReadOnlyList<NeedsYouItem> Stale { get; init; }
    public required IReadOnlyList<NeedsYouItem> WithErrors { get; init; }
    public required IReadOnlyList<NeedsYouItem> Duplicates { get; init; }
    /// <summary>Every follow-up, due or not (calendar entries).</summary>
    public required IReadOnlyList<FollowUp> FollowUps { get; init; }
}
