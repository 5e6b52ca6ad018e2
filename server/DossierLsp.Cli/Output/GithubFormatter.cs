using System.Text;
using DossierLsp.Core.Analysis;

namespace DossierLsp.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands, one per finding (<c>::error file=…,line=…::message</c>), which GitHub shows as
/// annotations on the pull request; then the summary line for the log.
/// </summary>
internal sealed class GithubFormatter : IReportFormatter
{
    public void Write(LintReport report, TextWriter output)
    {
        foreach (ReportRow row in report.Rows)
        {
            string command = row.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
            var properties = new StringBuilder($"file={Property(row.File)},line={row.Start.Line + 1},endLine={row.End.Line + 1}");
            // GitHub takes columns only for an annotation on one line.
            if (row.Start.Line == row.End.Line)
            {
                properties.Append($",col={row.Start.Character + 1},endColumn={row.End.Character + 1}");
            }
            properties.Append($",title={Property($"dossier({row.Rule})")}");
            output.WriteLine($"::{command} {properties}::{Data(row.Message)}");
        }
        Summary.Write(report, output, colour: false);
    }

    /// <summary>Escaping for a workflow command's message.</summary>
    public static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>Escaping for a workflow command's property values, which also end at ':' and ','.</summary>
    public static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
