using System.Text;

namespace DossierLsp.Core.Report;

/// <summary>The report as plain text for a terminal.</summary>
public static class TextReport
{
    public static string Render(PipelineReport report, ReportOptions options)
    {
        var text = new StringBuilder();
        text.Append($"Job search on {ReportFormat.Date(report.Today)}: {ReportFormat.Plural(report.Dossiers, "dossier")}\n");

        text.Append("\nBy status\n");
        int width = report.ByStatus.Select(s => ReportFormat.Status(s).Length).DefaultIfEmpty(0).Max();
        foreach (StatusCount count in report.ByStatus)
        {
            text.Append($"  {ReportFormat.Status(count).PadRight(width)}  {count.Count,5}\n");
        }

        text.Append("\nFunnel\n");
        foreach (FunnelStage stage in report.Funnel)
        {
            string conversion = stage.ConversionFromPrevious is null ? "" : $"  {ReportFormat.Percent(stage.ConversionFromPrevious),4} of the stage before";
            text.Append($"  {stage.Stage,-12} {stage.Count,5}{conversion}\n");
        }
        text.Append($"  {ReportFormat.Responses(report)}\n");

        text.Append("\nApplications per week\n");
        foreach (WeekCount week in report.ApplicationsPerWeek)
        {
            text.Append($"  {ReportFormat.Date(week.WeekStart)}  {week.Count,4}  {new string('#', Math.Min(week.Count, 50))}\n");
        }
        if (report.ApplicationsPerWeek.Count == 0)
        {
            text.Append("  (no application dates)\n");
        }

        text.Append($"\nSalaries ({report.Currency} a year; minimum: {ReportFormat.Minimum(report, options)})\n");
        foreach (SalaryBar bar in report.Salaries)
        {
            string below = bar.IsBelowMinimum ? $"  below {ReportFormat.Minimum(report, options)}" : "";
            text.Append($"  {ReportFormat.Range(report, bar),-16} {bar.Name} ({bar.File}){below}\n");
        }
        if (report.Salaries.Count == 0)
        {
            text.Append("  (no salaries in the profile currency)\n");
        }

        text.Append("\nNeeds you\n");
        foreach (var (heading, items) in ReportFormat.NeedsYou(report))
        {
            text.Append($"  {heading}: {items.Count}\n");
            foreach (NeedsYouItem item in items)
            {
                text.Append($"    {item.File}: {item.Name}: {item.Reason}\n");
            }
        }
        return text.ToString();
    }
}
