using DossierLsp.Core.Analysis;

namespace DossierLsp.Cli.Output;

/// <summary>GitLab Code Quality JSON: an array of issues with a description, severity, unique fingerprint and location.</summary>
internal sealed class GitlabFormatter : IReportFormatter
{
    public void Write(LintReport report, TextWriter output)
    {
        var hashes = Fingerprints.LineHashes(report.Rows);
        JsonOutput.Write(output, json =>
        {
            json.WriteStartArray();
            foreach (ReportRow row in report.Rows)
            {
                json.WriteStartObject();
                json.WriteString("description", row.Message);
                json.WriteString("check_name", row.Rule);
                json.WriteString("fingerprint", Fingerprints.Hash($"{row.File}\n{hashes[row]}"));
                json.WriteString("severity", row.Severity switch { Severity.Error => "major", Severity.Warning => "minor", _ => "info" });
                json.WriteStartObject("location");
                json.WriteString("path", row.File.Replace(Path.DirectorySeparatorChar, '/'));
                json.WriteStartObject("lines");
                json.WriteNumber("begin", row.Start.Line + 1);
                json.WriteNumber("end", row.End.Line + 1);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });
    }
}
