using DossierLsp.Core.Analysis;

namespace DossierLsp.Cli.Output;

/// <summary>An array of <c>{ file, line, column, endLine, endColumn, severity, rule, message }</c>, 1-based.</summary>
internal sealed class JsonFormatter : IReportFormatter
{
    public void Write(LintReport report, TextWriter output) => JsonOutput.Write(output, json =>
    {
        json.WriteStartArray();
        foreach (ReportRow row in report.Rows)
        {
            json.WriteStartObject();
            json.WriteString("file", row.File);
            json.WriteNumber("line", row.Start.Line + 1);
            json.WriteNumber("column", row.Start.Character + 1);
            json.WriteNumber("endLine", row.End.Line + 1);
            json.WriteNumber("endColumn", row.End.Character + 1);
            json.WriteString("severity", row.Severity.Name());
            json.WriteString("rule", row.Rule);
            json.WriteString("message", row.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });
}
