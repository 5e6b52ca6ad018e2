namespace DossierLsp.Cli.Output;

internal enum ReportFormat { Text, Json, Github, Sarif, Junit, Gitlab }

/// <summary>The <c>--format</c> names and the formatter for each.</summary>
internal static class ReportFormats
{
    public static readonly string[] Names = ["text", "json", "github", "sarif", "junit", "gitlab"];

    public static ReportFormat Parse(string name) => (ReportFormat)Array.IndexOf(Names, name);

    /// <summary>Whether the format fingerprints findings by their line's text (SARIF, GitLab): only then is each finding's line kept.</summary>
    public static bool FingerprintsLines(ReportFormat format) => format is ReportFormat.Sarif or ReportFormat.Gitlab;

    public static IReportFormatter Formatter(ReportFormat format, bool colour) => format switch
    {
        ReportFormat.Text => new TextFormatter(colour),
        ReportFormat.Json => new JsonFormatter(),
        ReportFormat.Github => new GithubFormatter(),
        ReportFormat.Sarif => new SarifFormatter(),
        ReportFormat.Junit => new JunitFormatter(),
        _ => new GitlabFormatter(),
    };
}

internal interface IReportFormatter
{
    void Write(LintReport report, TextWriter output);
}
