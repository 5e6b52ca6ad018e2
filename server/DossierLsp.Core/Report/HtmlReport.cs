using System.Text;

namespace DossierLsp.Core.Report;

/// <summary>
/// The report as one self-contained HTML page: inline CSS and SVG, no script, no network, light and dark colours
/// from <c>prefers-color-scheme</c>, and every chart also given as a table.
/// </summary>
public static class HtmlReport
{
    public static string Render(PipelineReport report, ReportOptions options)
    {
        var html = new StringBuilder();
        string nonce = options.StyleNonce is { } n ? $" nonce=\"{HtmlText.Escape(n)}\"" : "";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n");
        html.Append($"<title>Job search on {ReportFormat.Date(report.Today)}</title>\n<style{nonce}>{Css}</style>\n</head>\n<body>\n<main>\n");
        html.Append($"<h1>Job search</h1>\n<p class=\"lead\">{ReportFormat.Plural(report.Dossiers, "dossier")} on {ReportFormat.Date(report.Today)}. {HtmlText.Escape(ReportFormat.Responses(report))}.</p>\n");

        NeedsYou(html, report);
        html.Append("<section id=\"status\">\n<h2>By status</h2>\n");
        Table(html, "Dossiers by status", ["Status", "Dossiers"], report.ByStatus.Select(s => new[] { ReportFormat.Status(s), s.Count.ToString() }));
        html.Append("</section>\n<section id=\"funnel\">\n<h2>Funnel</h2>\n");
        HtmlCharts.Funnel(html, report);
        Details(html, "The funnel as a table", ["Stage", "Dossiers", "Of the stage before"],
            report.Funnel.Select(s => new[] { s.Stage, s.Count.ToString(), ReportFormat.Percent(s.ConversionFromPrevious) }));
        html.Append("</section>\n<section id=\"weeks\">\n<h2>Applications per week</h2>\n");
        if (report.ApplicationsPerWeek.Count == 0)
        {
            html.Append("<p>No application dates yet.</p>\n");
        }
        else
        {
            HtmlCharts.Weeks(html, report);
            Details(html, "Applications per week as a table", ["Week of", "Applications"],
                report.ApplicationsPerWeek.Select(w => new[] { ReportFormat.Date(w.WeekStart), w.Count.ToString() }));
        }
        html.Append($"</section>\n<section id=\"salaries\">\n<h2>Salaries</h2>\n<p>Yearly, in {HtmlText.Escape(report.Currency)}; minimum: {HtmlText.Escape(ReportFormat.Minimum(report, options))}.</p>\n");
        if (report.Salaries.Count == 0)
        {
            html.Append("<p>No dossier states a salary in this currency.</p>\n");
        }
        else
        {
            HtmlCharts.Salaries(html, report, options);
            Details(html, "Salaries as a table", ["Dossier", "File", "Salary", "Below the minimum"],
                report.Salaries.Select(b => new[] { b.Name, b.File, ReportFormat.Range(report, b), ReportFormat.Below(b) }));
        }
        html.Append("</section>\n</main>\n<footer>Written by <code>dossier report</code>. Reminders depend on the day; they are not lint findings.</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void NeedsYou(StringBuilder html, PipelineReport report)
    {
        html.Append("<section id=\"needs-you\">\n<h2>Needs you</h2>\n<div class=\"cards\">\n");
        foreach (var (heading, items) in ReportFormat.NeedsYou(report))
        {
            html.Append($"<div class=\"card\"><h3>{heading} <span class=\"count\">{items.Count}</span></h3>\n");
            if (items.Count == 0)
            {
                html.Append("<p class=\"none\">None.</p>");
            }
            else
            {
                html.Append("<ul>\n");
                foreach (NeedsYouItem item in items)
                {
                    html.Append($"<li><strong>{HtmlText.Escape(item.Name)}</strong> <code>{HtmlText.Escape(item.File)}</code><br>{HtmlText.Escape(item.Reason)}</li>\n");
                }
                html.Append("</ul>");
            }
            html.Append("</div>\n");
        }
        html.Append("</div>\n</section>\n");
    }

    private static void Details(StringBuilder html, string summary, string[] headers, IEnumerable<string[]> rows)
    {
        html.Append($"<details><summary>{HtmlText.Escape(summary)}</summary>\n");
        Table(html, summary, headers, rows);
        html.Append("</details>\n");
    }

    private static void Table(StringBuilder html, string caption, string[] headers, IEnumerable<string[]> rows)
    {
        html.Append($"<table>\n<caption>{HtmlText.Escape(caption)}</caption>\n<thead><tr>");
        foreach (string header in headers)
        {
            html.Append($"<th scope=\"col\">{HtmlText.Escape(header)}</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (string[] row in rows)
        {
            html.Append("<tr>");
            foreach (string cell in row)
            {
                html.Append($"<td>{HtmlText.Escape(cell)}</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private const string Css = """

        :root { --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --card: #f6f8fa; --border: #d1d9e0; --bar: #0969da; --below: #cf222e; --line: #9a6700; color-scheme: light dark; }
        @media (prefers-color-scheme: dark) { :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --card: #151b23; --border: #3d444d; --bar: #4493f8; --below: #f85149; --line: #d29922; } }
        body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
        main { max-width: 760px; margin: 0 auto; padding: 24px 16px; }
        h1 { margin: 0 0 4px; } h2 { margin-top: 32px; border-bottom: 1px solid var(--border); } h3 { margin: 0 0 8px; font-size: 15px; }
        .lead, .none, footer, caption { color: var(--muted); }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); gap: 12px; }
        .card { background: var(--card); border: 1px solid var(--border); border-radius: 8px; padding: 12px; }
        .card ul { margin: 0; padding-left: 18px; } .card li { margin-bottom: 6px; }
        .count { display: inline-block; min-width: 1.6em; text-align: center; border-radius: 1em; background: var(--border); font-size: 13px; }
        table { border-collapse: collapse; margin: 8px 0; } caption { text-align: left; font-size: 13px; }
        th, td { border-bottom: 1px solid var(--border); padding: 3px 12px 3px 0; text-align: left; }
        td:nth-child(n+2) { font-variant-numeric: tabular-nums; }
        svg.chart { max-width: 100%; height: auto; display: block; }
        svg text { fill: var(--fg); font-size: 12px; } svg text.tick { text-anchor: middle; fill: var(--muted); } svg text.end { text-anchor: end; }
        .bar, .salary-bar { fill: var(--bar); } .salary-bar.below { fill: var(--below); }
        .grid, .axis { stroke: var(--border); stroke-width: 1; }
        .minimum-line { stroke: var(--line); stroke-width: 2; stroke-dasharray: 5 3; } svg text.minimum-label { fill: var(--line); text-anchor: middle; font-weight: 600; }
        details { margin: 8px 0; } summary { cursor: pointer; color: var(--muted); }
        footer { max-width: 760px; margin: 0 auto; padding: 16px; font-size: 13px; }

        """;
}
