using System.Text;
using DossierLsp.Core.Analysis;

namespace DossierLsp.Cli.Output;

/// <summary>
/// The Markdown table of every finding that <c>--format github</c> appends to <c>$GITHUB_STEP_SUMMARY</c>: GitHub
/// shows only 10 annotations of each level per step, and a summary of at most 1 MiB.
/// </summary>
internal static class StepSummary
{
    private const int MaxBytes = 1_000_000;

    public static void Append(LintReport report, string path)
    {
        var text = new StringBuilder();
        text.Append("### dossier lint\n\n");
        text.Append($"{Summary.Plural(report.Checked, "file")} checked, {report.Skipped} skipped: {Summary.Plural(report.Count(Severity.Error), "error")}, ")
            .Append($"{Summary.Plural(report.Count(Severity.Warning), "warning")}, {Summary.Plural(report.Count(Severity.Info), "info")}\n\n");
        if (report.Rows.Count > 0)
        {
            text.Append("| File | Line | Severity | Rule | Message |\n|---|---:|---|---|---|\n");
            int shown = 0, bytes = Encoding.UTF8.GetByteCount(text.ToString());
            foreach (ReportRow row in report.Rows)
            {
                string line = $"| {Cell(row.File)} | {row.Start.Line + 1} | {row.Severity.Name()} | `{row.Rule}` | {Cell(row.Message)} |\n";
                bytes += Encoding.UTF8.GetByteCount(line);
                if (bytes > MaxBytes - 200)
                {
                    break;
                }
                text.Append(line);
                shown++;
            }
            if (shown < report.Rows.Count)
            {
                text.Append($"\n…and {report.Rows.Count - shown} more (the summary is limited to 1 MiB; see the job log).\n");
            }
        }
        File.AppendAllText(path, text.Append('\n').ToString());
    }

    private static string Cell(string text) =>
        text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ").Replace("<", "&lt;");
}
