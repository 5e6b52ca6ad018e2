namespace DossierLsp.Cli.Output;

/// <summary>The default format, one <c>FILE:LINE:COL: SEVERITY RULE: message</c> line per finding (people parse it).</summary>
internal sealed class TextFormatter(bool colour) : IReportFormatter
{
    public void Write(LintReport report, TextWriter output)
    {
        foreach (ReportRow row in report.Rows)
        {
            string severity = LintReport.SeverityName(row.Severity);
            output.WriteLine($"{row.File}:{row.Start.Line + 1}:{row.Start.Character + 1}: {(colour ? Ansi.Severity(row.Severity, severity) : severity)} {row.Rule}: {row.Message}");
        }
        Summary.Write(report, output, colour);
    }
}
