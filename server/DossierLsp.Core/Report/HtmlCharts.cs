using System.Globalization;
using System.Text;

namespace DossierLsp.Core.Report;

/// <summary>
/// The HTML report's charts as inline SVG: classes only (no style attributes, so a strict CSP with a style nonce
/// holds), data-* attributes a test or a script can read, and a title and description for screen readers.
/// </summary>
internal static class HtmlCharts
{
    private const int Width = 720;
    private const int LabelWidth = 220;
    private const int RowHeight = 26;

    public static void Funnel(StringBuilder html, PipelineReport report)
    {
        int top = Math.Max(1, report.Funnel[0].Count);
        int height = report.Funnel.Count * RowHeight + 8;
        string description = string.Join(", ", report.Funnel.Select(s => $"{s.Stage} {s.Count}"));
        Open(html, "funnel", height, "Funnel from applied to offer", description);
        int y = 4;
        foreach (FunnelStage stage in report.Funnel)
        {
            double width = (Width - LabelWidth - 120) * (double)stage.Count / top;
            string conversion = stage.ConversionFromPrevious is null ? "" : $" ({ReportFormat.Percent(stage.ConversionFromPrevious)})";
            html.Append($"<g class=\"funnel-stage\" data-stage=\"{stage.Stage}\" data-count=\"{stage.Count}\">");
            html.Append($"<text x=\"0\" y=\"{y + 17}\">{stage.Stage}</text>");
            html.Append($"<rect class=\"bar\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{N(width)}\" height=\"{RowHeight - 6}\"></rect>");
            html.Append($"<text class=\"value\" x=\"{N(LabelWidth + width + 6)}\" y=\"{y + 17}\">{stage.Count}{conversion}</text></g>\n");
            y += RowHeight;
        }
        html.Append("</svg>\n");
    }

    public static void Weeks(StringBuilder html, PipelineReport report)
    {
        IReadOnlyList<WeekCount> weeks = report.ApplicationsPerWeek;
        const int height = 160, chartTop = 10, chartBottom = 130;
        int most = Math.Max(1, weeks.Max(w => w.Count));
        // A few weeks must not make columns as wide as the chart.
        double column = Math.Min(36, (double)(Width - 40) / weeks.Count);
        string description = $"{weeks.Sum(w => w.Count)} applications over {ReportFormat.Plural(weeks.Count, "week")} from {ReportFormat.Date(weeks[0].WeekStart)}; at most {most} in one week";
        Open(html, "weeks", height, "Applications per week", description);
        for (int i = 0; i < weeks.Count; i++)
        {
            double barHeight = (chartBottom - chartTop) * (double)weeks[i].Count / most;
            html.Append($"<rect class=\"bar week\" data-week=\"{ReportFormat.Date(weeks[i].WeekStart)}\" data-count=\"{weeks[i].Count}\" x=\"{N(30 + i * column + 1)}\" y=\"{N(chartBottom - barHeight)}\" width=\"{N(Math.Max(1, column - 2))}\" height=\"{N(barHeight)}\">");
            html.Append($"<title>week of {ReportFormat.Date(weeks[i].WeekStart)}: {weeks[i].Count}</title></rect>\n");
        }
        double right = 30 + weeks.Count * column;
        html.Append($"<line class=\"axis\" x1=\"30\" y1=\"{chartBottom}\" x2=\"{N(right)}\" y2=\"{chartBottom}\"></line>");
        html.Append($"<text x=\"0\" y=\"{chartTop + 10}\">{most}</text><text x=\"0\" y=\"{chartBottom}\">0</text>");
        html.Append($"<text x=\"30\" y=\"{chartBottom + 20}\">{ReportFormat.Date(weeks[0].WeekStart)}</text>");
        if (weeks.Count > 1)
        {
            html.Append($"<text class=\"end\" x=\"{N(right)}\" y=\"{chartBottom + 20}\">{ReportFormat.Date(weeks[^1].WeekStart)}</text>");
        }
        html.Append("\n</svg>\n");
    }

    /// <summary>One bar per dossier with a salary, from the bottom to the top of its range; the minimum as a dashed line.</summary>
    public static void Salaries(StringBuilder html, PipelineReport report, ReportOptions options)
    {
        IReadOnlyList<SalaryBar> bars = report.Salaries;
        decimal top = Math.Max(bars.Max(b => b.Maximum), report.MinimumSalary ?? 0m);
        decimal bottom = Math.Min(bars.Min(b => b.Minimum), report.MinimumSalary ?? decimal.MaxValue);
        // Ranges, not magnitudes: the axis spans the amounts shown, so close ranges stay apart.
        decimal step = Step(Math.Max(1m, top - bottom));
        decimal axisStart = Math.Max(0, Math.Floor(bottom / step) * step - step);
        decimal axisEnd = Math.Max(axisStart + step, Math.Ceiling(top / step) * step);
        double Scale(decimal amount) => LabelWidth + (double)((amount - axisStart) / (axisEnd - axisStart)) * (Width - LabelWidth - 30);
        int chartHeight = bars.Count * RowHeight + 24;
        string minimum = ReportFormat.Minimum(report, options);
        int below = bars.Count(b => b.IsBelowMinimum);
        string description = $"{ReportFormat.Plural(bars.Count, "salary range")} in {report.Currency} a year; minimum: {minimum}; {below} entirely below it";
        Open(html, "salaries", chartHeight + 30, "Salary ranges and your minimum", description);
        int axisY = 24 + bars.Count * RowHeight;
        for (decimal tick = axisStart; tick <= axisEnd; tick += step)
        {
            html.Append($"<line class=\"grid\" x1=\"{N(Scale(tick))}\" y1=\"20\" x2=\"{N(Scale(tick))}\" y2=\"{axisY}\"></line>");
            html.Append($"<text class=\"tick\" x=\"{N(Scale(tick))}\" y=\"{axisY + 16}\">{Analysis.SalaryReading.Format(tick, report.Currency)}</text>\n");
        }
        int y = 24;
        foreach (SalaryBar bar in bars)
        {
            bool isBelow = bar.IsBelowMinimum;
            double x = Scale(bar.Minimum), width = Math.Max(3, Scale(bar.Maximum) - x);
            html.Append($"<g class=\"salary\" data-file=\"{HtmlText.Escape(bar.File)}\"><text x=\"0\" y=\"{y + 15}\">{HtmlText.Escape(Truncate(bar.Name, 32))}</text>");
            html.Append($"<rect class=\"salary-bar{(isBelow ? " below" : "")}\" data-minimum=\"{bar.Minimum.ToString(CultureInfo.InvariantCulture)}\" data-maximum=\"{bar.Maximum.ToString(CultureInfo.InvariantCulture)}\" x=\"{N(x)}\" y=\"{y + 3}\" width=\"{N(width)}\" height=\"{RowHeight - 8}\">");
            html.Append($"<title>{HtmlText.Escape(bar.Name)}: {ReportFormat.Range(report, bar)}{(isBelow ? ", below the minimum" : "")}</title></rect></g>\n");
            y += RowHeight;
        }
        if (report.MinimumSalary is { } line)
        {
            html.Append($"<line class=\"minimum-line\" x1=\"{N(Scale(line))}\" y1=\"14\" x2=\"{N(Scale(line))}\" y2=\"{y}\"></line>");
            html.Append($"<text class=\"minimum-label\" x=\"{N(Scale(line))}\" y=\"11\">{HtmlText.Escape(minimum)}</text>\n");
        }
        html.Append("</svg>\n");
    }

    private static void Open(StringBuilder html, string id, int height, string title, string description)
    {
        html.Append($"<svg class=\"chart\" id=\"{id}-chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        html.Append($"<title id=\"{id}-title\">{HtmlText.Escape(title)}</title><desc id=\"{id}-desc\">{HtmlText.Escape(description)}</desc>\n");
    }

    // A round step giving at most about six ticks: 10k, 20k, 25k, 50k, 100k, ...
    private static decimal Step(decimal top)
    {
        decimal step = 1m;
        decimal[] multipliers = [1m, 2m, 2.5m, 5m];
        while (true)
        {
            foreach (decimal multiplier in multipliers)
            {
                if (top / (step * multiplier) <= 6)
                {
                    return step * multiplier;
                }
            }
            step *= 10;
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
