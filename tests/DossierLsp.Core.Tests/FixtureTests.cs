using DossierLsp.Core.Analysis;
using DossierLsp.Core.Pipeline;
using DossierLsp.Core.Tests.Support;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;

namespace DossierLsp.Core.Tests;

/// <summary>
/// Every Fixtures/**/NAME.md is linted and compared with NAME.expected, written in the CLI's text format
/// (<c>NAME.md:line:col: severity rule: message</c>). Config: NAME.config.yaml if present, else the folder's
/// dossier.config.yaml. Run with UPDATE_GOLDEN=1 to rewrite the .expected files, then review the diff.
/// </summary>
public sealed class FixtureTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        // Fixtures/README.md describes the folders; it is not a case.
        foreach (string file in Directory.EnumerateFiles(Root, "*.md", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "README.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Root, file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fixture_findings_match_expected(string relativePath)
    {
        string path = Path.Combine(Root, relativePath);
        DocumentAnalysis analysis = Lint(path);
        string actual = Format(Path.GetFileName(path), analysis, CrossDossierFindings(path));
        string expectedPath = Path.ChangeExtension(path, ".expected");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(SourcePath(expectedPath), actual);
            return;
        }
        Assert.True(File.Exists(expectedPath), $"missing {Path.ChangeExtension(relativePath, ".expected")}; run with UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual);
    }

    /// <summary>Applying a finding's preferred fix must make that finding go away (markdownlint's rule for auto-fixes).</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Preferred_fixes_fix_what_they_claim(string relativePath)
    {
        string path = Path.Combine(Root, relativePath);
        DocumentAnalysis analysis = Lint(path);
        foreach (Finding finding in analysis.Findings)
        {
            if (finding.Fixes.FirstOrDefault(f => f.IsPreferred) is not { } fix)
            {
                continue;
            }
            string fixedText = Dossiers.Apply(analysis.Text.Text, fix.Edits);
            DocumentAnalysis after = Lint(path, fixedText);
            int before = analysis.Findings.Count(f => f.RuleId == finding.RuleId);
            Assert.True(
                after.Findings.Count(f => f.RuleId == finding.RuleId) < before,
                $"fix '{fix.Title}' for {finding.RuleId} at {analysis.Text.GetPosition(finding.Span.Start)} did not remove it:\n{fixedText}");
        }
    }

    internal static DocumentAnalysis Lint(string path, string? text = null)
    {
        string folder = Path.GetDirectoryName(path)!;
        string caseConfig = Path.ChangeExtension(path, ".config.yaml");
        string folderConfig = Path.Combine(folder, "dossier.config.yaml");
        string? config = File.Exists(caseConfig) ? caseConfig : File.Exists(folderConfig) ? folderConfig : null;
        var workspace = new DossierWorkspace(new FixtureHost(Root), () => Dossiers.Today, config);
        return workspace.Analyze(path, new SourceText(text ?? File.ReadAllText(path)), explicitlyNamed: true);
    }

    /// <summary>
    /// In a folder holding a workspace.txt, the dossiers are checked together as well (as <c>dossier lint FOLDER</c> does),
    /// and each file's expected output includes its cross-dossier findings.
    /// </summary>
    private static IReadOnlyList<Finding> CrossDossierFindings(string path)
    {
        string folder = Path.GetDirectoryName(path)!;
        if (!File.Exists(Path.Combine(folder, "workspace.txt")))
        {
            return [];
        }
        var summaries = Directory.EnumerateFiles(folder, "*.md").Select(file => DossierIndex.Summarize(file, Lint(file), null)).OfType<DossierSummary>();
        return CrossDossierAnalyzer.Analyze(summaries).Where(f => f.Path == path).Select(f => f.Finding).ToArray();
    }

    private static string Format(string fileName, DocumentAnalysis analysis, IReadOnlyList<Finding> crossDossier) =>
        string.Concat(analysis.Findings.Concat(crossDossier).OrderBy(f => f.Span.Start).ThenBy(f => f.RuleId, StringComparer.Ordinal).Select(f => FindingLine.Format(fileName, analysis.Text, f) + "\n"));

    /// <summary>The fixture's path in the source tree (tests run from bin/), so UPDATE_GOLDEN writes where git sees it.</summary>
    private static string SourcePath(string outputPath)
    {
        string relative = Path.GetRelativePath(AppContext.BaseDirectory, outputPath);
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "DossierLsp.Core.Tests.csproj")))
        {
            dir = Path.GetDirectoryName(dir);
        }
        return dir is null ? outputPath : Path.Combine(dir, relative);
    }
}
