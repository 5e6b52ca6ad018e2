using DossierLsp.Core.Analysis;
using DossierLsp.Core.Pipeline;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;

namespace DossierLsp.Core.Tests.Support;

/// <summary>Several in-memory dossiers under /w, analysed by one workspace, for index, cross-dossier and report tests.</summary>
internal static class Corpus
{
    /// <summary>A dossier in the built-in schema's shape; pass null to leave a field out.</summary>
    public static string Dossier(
        string company, string position, string status = "APPLIED", string? applied = "2024-05-01", string? jobId = null,
        string? salary = "$150,000 - $170,000", string notes = "") =>
        $"""
        # Job Application: {company} - {position}

        ## Job Details
        - **Company**: {company}
        - **Position**: {position}
        - **Location**: Remote
        {(jobId is null ? "" : $"- **Job ID**: {jobId}\n")}- **Posting Date**: 2024-04-20
        - **Application Status**: {status}
        - **Application Date**: {applied ?? "[TBD]"}
        {(salary is null ? "" : $"- **Salary Range**: {salary}\n")}
        ## Job Description
        Build things.

        ## Requirements
        - Experience

        ## Notes
        {notes}

        """;

    /// <summary>Summaries of the files (path relative to /w → text), with an optional config and modification dates.</summary>
    public static DossierIndex Index(IReadOnlyDictionary<string, string> files, string? config = null, DateOnly? lastModified = null)
    {
        var host = new Dictionary<string, string>();
        if (config is not null)
        {
            host["/w/dossier.config.yaml"] = config;
        }
        var workspace = new DossierWorkspace(new MemoryHost(host), () => Dossiers.Today);
        DossierIndex index = DossierIndex.Empty;
        foreach (var (name, text) in files)
        {
            string path = "/w/" + name;
            index = index.Update(path, workspace.Analyze(path, new SourceText(text)), lastModified);
        }
        return index;
    }

    public static DossierSummary Summary(string text, string? config = null, DateOnly? lastModified = null) =>
        Assert.Single(Index(new Dictionary<string, string> { ["d.md"] = text }, config, lastModified).Dossiers);
}
