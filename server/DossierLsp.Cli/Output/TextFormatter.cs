using DossierLsp.Core.Analysis;

namespace DossierLsp.Cli.Output;

/// <summary>The default format, the core's <c>FILE:LINE:COL: SEVERITY RULE: message</c> line per finding (people parse it).</summary>
internal sealed class TextFormatter(bool colour) : IReportFormatter
{
    public void Write(LintReport report, TextWriter output)
    {
        foreach (ReportRow row in report.Rows)
        {
            string line = FindingLine.Format(row.File, row.Start, row.Severity, row.Rule, row.Message);
            output.WriteLine(colour ? Coloured(line, row) : line);
        }
        Summary.Write(report, output, colour);
    }

    // The severity word, right after "FILE:LINE:COL: ", in its colour.
    private static string Coloured(string line, ReportRow row)
    {
        string name = row.Severity.Name();
        int at = line.IndexOf($": {name} {row.Rule}: ", row.File.Length, StringComparison.Ordinal) + 2;
        return line[..at] + Ansi.Severity(row.Severity, name) + line[(at + name.Length)..];
    }
}
