using System.Collections.ObjectModel;
using DossierLsp.Cli.Output;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Pipeline;
using DossierLsp.Core.Rules;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;
using DossierLsp.Server.Hosting;

namespace DossierLsp.Cli.Lint;

/// <summary>
/// One file: read and decode it, let the core analyse it, apply or propose the safe fixes, and write them back.
/// <paramref name="keepLines"/>: keep the text of the lines findings are on, for a format that fingerprints them.
/// </summary>
internal sealed class FileLinter(DossierWorkspace workspace, FixMode fix, bool keepLines)
{
    public FileResult Lint(FileDiscovery.Target target)
    {
        TextDecoding.Decoded decoded = BoundedFileReader.ReadDossier(target.FullPath);
        if (decoded.Text is null)
        {
            return FileError(target, NonRuleFindings.FileUnreadable, decoded.Error!, decoded.ErrorLine, decoded.ErrorColumn);
        }
        var original = new SourceText(decoded.Text);
        var (analysis, fixes) = AnalyzeAndFix(target, original);
        string? diff = null;
        if (fixes > 0 && fix == FixMode.DryRun)
        {
            diff = UnifiedDiff.Create(target.DisplayPath, original.Text, analysis.Text.Text);
        }
        else if (fixes > 0 && AtomicFile.Replace(target.FullPath, analysis.Text.Text, decoded.HadBom) is { } writeError)
        {
            return FileError(target, NonRuleFindings.FileUnwritable, writeError, 1, 1);
        }
        SourceText text = analysis.Text;
        var rows = analysis.Findings.Select(f => Row(target, text, f)).ToArray();
        DossierIdentity? identity = CrossDossierAnalyzer.Identify(target.FullPath, analysis);
        return new FileResult(target, analysis.IsDossier, analysis.AssociationReason, rows, fixes, diff)
        {
            Identity = identity,
            AnchorLines = keepLines ? AnchorLines(text, identity) : ReadOnlyDictionary<int, string>.Empty,
        };
    }

    /// <summary>
    /// The lines a cross-dossier finding can point at: where the identity locates the title and the Job ID, and the first
    /// line (a rule's internal error). Those findings come after every file is linted, when the texts are gone.
    /// </summary>
    private static Dictionary<int, string> AnchorLines(SourceText text, DossierIdentity? identity)
    {
        var lines = new Dictionary<int, string>();
        foreach (int line in (ReadOnlySpan<int>)[0, identity?.TitleLocation?.Start.Line ?? 0, identity?.JobIdLocation?.Start.Line ?? 0])
        {
            if (line < text.LineCount)
            {
                lines.TryAdd(line, text.GetLineText(line));
            }
        }
        return lines;
    }

    /// <summary>The analysis of the text after every safe fix (the core's FixAll), and how many were applied.</summary>
    private (DocumentAnalysis Analysis, int Fixes) AnalyzeAndFix(FileDiscovery.Target target, SourceText text)
    {
        DocumentAnalysis analysis = workspace.Analyze(target.FullPath, text, target.Explicit);
        if (fix == FixMode.None)
        {
            return (analysis, 0);
        }
        FixAllResult fixedAll = FixAll.Apply(analysis, t => workspace.Analyze(target.FullPath, t, target.Explicit));
        return (fixedAll.Analysis, fixedAll.Applied);
    }

    private ReportRow Row(FileDiscovery.Target target, SourceText text, Finding finding)
    {
        LinePosition start = text.GetPosition(finding.Span.Start);
        return Row(target, finding, start, text.GetPosition(finding.Span.End), keepLines && start.Line < text.LineCount ? text.GetLineText(start.Line) : "");
    }

    public static ReportRow Row(FileDiscovery.Target target, Finding finding, LinePosition start, LinePosition end, string lineText) =>
        new(target.DisplayPath, start, end, finding.Severity, finding.RuleId, finding.Message, lineText);

    private static FileResult FileError(FileDiscovery.Target target, NonRuleFinding problem, string message, int line, int column)
    {
        var at = new LinePosition(line - 1, column - 1);
        return new FileResult(target, true, problem.Id, [new ReportRow(target.DisplayPath, at, at, problem.Severity, problem.Id, message, "")]);
    }
}
