using DossierLsp.Core.Analysis;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;

namespace DossierLsp.Core.Tests.Support;

/// <summary>Tiny factories that keep tests to a few lines.</summary>
internal static class Dossiers
{
    public static readonly DateOnly Today = new(2024, 6, 1);

    public const string Cursor = "$$CURSOR$$";

    /// <summary>The seed example from a real user, as a fixture.</summary>
    public static string Example => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "examples", "root-insurance-staff-mle.md"));

    /// <summary>Analyses <paramref name="markdown"/> as /w/d.md with an optional dossier.config.yaml beside it.</summary>
    public static DocumentAnalysis Analyze(string markdown, string? config = null, bool explicitlyNamed = true)
    {
        var files = new Dictionary<string, string>();
        if (config is not null)
        {
            files["/w/dossier.config.yaml"] = config;
        }
        var workspace = new DossierWorkspace(new MemoryHost(files), () => Today);
        return workspace.Analyze("/w/d.md", new SourceText(markdown), explicitlyNamed);
    }

    /// <summary>Analyses text holding one <see cref="Cursor"/>; returns the analysis of the text without it and the cursor offset.</summary>
    public static (DocumentAnalysis Analysis, int Offset) AnalyzeAtCursor(string markdown, string? config = null, bool explicitlyNamed = true)
    {
        int offset = markdown.IndexOf(Cursor, StringComparison.Ordinal);
        Assert.True(offset >= 0, "the test text needs a $$CURSOR$$ marker");
        return (Analyze(markdown.Remove(offset, Cursor.Length), config, explicitlyNamed), offset);
    }

    /// <summary>Findings as "line:col rule" (1-based), for compact assertions.</summary>
    public static string[] Brief(DocumentAnalysis analysis) =>
        analysis.Findings.Select(f => $"{analysis.Text.GetPosition(f.Span.Start)} {f.RuleId}").ToArray();

    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        foreach (TextEdit edit in edits.OrderByDescending(e => e.Span.Start))
        {
            text = text.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText);
        }
        return text;
    }
}
