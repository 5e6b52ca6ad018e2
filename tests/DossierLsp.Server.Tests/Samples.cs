namespace DossierLsp.Server.Tests;

internal static class Samples
{
    public const string Uri = "file:///w/jobs/acme.md";

    public const string Dossier = """
        # Job Application: Acme - Engineer

        ## Job Details
        - **Company**: Acme
        - **Position**: Engineer
        - **Location**: Remote - US
        - **Posting Date**: 2024-05-01
        - **Application Status**: APPLID
        - **Application Date**: [TBD]
        - **Salary Range**: $65/hr - $80/hr

        ## Job Description
        Build things.

        ## Requirements
        - Things

        """;

    /// <summary>LSP position (UTF-16) of the first occurrence of <paramref name="needle"/>, plus <paramref name="delta"/> characters.</summary>
    public static object At(string text, string needle, int delta = 0)
    {
        int offset = text.IndexOf(needle, StringComparison.Ordinal) + delta;
        string before = text[..offset];
        int line = before.Count(c => c == '\n');
        int character = offset - (before.LastIndexOf('\n') + 1);
        return new { line, character };
    }
}
