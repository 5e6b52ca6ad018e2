using System.Text;

namespace DossierLsp.Core.Report;

/// <summary>The report as GitHub-flavoured Markdown tables, for a README or a CI job summary.</summary>
public static class MarkdownReport
{
    public static string Render(PipelineReport report, ReportOptions options)
    {
        var md = new StringBuilder();
        md.Append($"# Job search on {ReportFormat.Date(report.Today)}\n\n{ReportFormat.Plural(report.Dossiers, "dossier")}.\n");

        md.Append("\n## By status\n\n| Status | Dossiers |\n|---|---:|\n");
        foreach (StatusCount count in report.ByStatus)
        {
            md.Append($"| {Cell(ReportFormat.Status(count))} | {count.Count} |\n");
        }

        md.Append("\n## Funnel\n\n| Stage | Dossiers | Of the stage before |\n|---|---:|---:|\n");
        foreach (FunnelStage stage in report.Funnel)
        {
            md.Append($"| {stage.Stage} | {stage.Count} | {ReportFormat.Percent(stage.ConversionFromPrevious)} |\n");
        }
        md.Append($"\n{ReportFormat.Responses(report)}.\n");

        md.Append("\n## Applications per week\n\n");
        if (report.ApplicationsPerWeek.Count == 0)
        {
            md.Append("No application dates.\n");
        }
        else
        {
            md.Append("| Week of | Applications |\n|---|---:|\n");
            foreach (WeekCount week in report.ApplicationsPerWeek)
            {
                md.Append($"| {ReportFormat.Date(week.WeekStart)} | {week.Count} |\n");
            }
        }

        md.Append($"\n## Salaries\n\nYearly, in {report.Currency}; minimum: {Cell(ReportFormat.Minimum(report, options))}.\n\n");
        if (report.Salaries.Count > 0)
        {
            md.Append("| Dossier | Salary | Below the minimum |\n|---|---|---|\n");
            foreach (SalaryBar bar in report.Salaries)
            {
                md.Append($"| {Link(bar.Name, bar.File)} | {ReportFormat.Range(report, bar)} | {ReportFormat.Below(bar)} |\n");
            }
        }

        md.Append("\n## Needs you\n");
        foreach (var (heading, items) in ReportFormat.NeedsYou(report))
        {
            md.Append($"\n### {heading} ({items.Count})\n\n");
            if (items.Count == 0)
            {
                md.Append("None.\n");
                continue;
            }
            md.Append("| Dossier | What |\n|---|---|\n");
            foreach (NeedsYouItem item in items)
            {
                md.Append($"| {Link(item.Name, item.File)} | {Cell(item.Reason)} |\n");
            }
        }
        return md.ToString();
    }

    private static string Link(string name, string file) => $"[{Cell(name).Replace("[", "\\[").Replace("]", "\\]")}](<{file.Replace('\\', '/').Replace(">", "%3E")}>)";

    // A pipe or a line break would end the table cell.
    private static string Cell(string text) => text.Replace("\\", "\\\\").Replace("|", "\\|").ReplaceLineEndings(" ");
}
