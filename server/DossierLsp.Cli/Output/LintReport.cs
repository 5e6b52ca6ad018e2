using System.Collections.ObjectModel;
using DossierLsp.Cli.Lint;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Pipeline;
using DossierLsp.Core.Text;

namespace DossierLsp.Cli.Output;

/// <summary>
/// One reported problem: a finding, or a file that could not be read or written ("file-unreadable", "file-unwritable").
/// <see cref="LineText"/> is the text of the first line, for fingerprints; empty when the format has none
/// (<see cref="ReportFormats.FingerprintsLines"/>), so that a run does not keep a line per finding that nothing reads.
/// </summary>
internal sealed record ReportRow(string File, LinePosition Start, LinePosition End, Severity Severity, string Rule, string Message, string LineText);

/// <summary>
/// What happened to one file: linted or skipped (and why), its rows, the fixes applied or proposed, and (for a dossier)
/// what the cross-dossier rules compare, with the text of the lines their findings can point at (for a format that
/// fingerprints lines). The
/// file's text is not kept: a run's memory does not grow with the size of the files.
/// </summary>
internal sealed record FileResult(FileDiscovery.Target Target, bool Linted, string Reason, IReadOnlyList<ReportRow> Rows, int Fixes = 0, string? Diff = null)
{
    public DossierIdentity? Identity { get; init; }
    /// <summary>Line number → text of the lines <see cref="Identity"/> locates (the title, the Job ID) and of the first line.</summary>
    public IReadOnlyDictionary<int, string> AnchorLines { get; init; } = ReadOnlyDictionary<int, string>.Empty;
}

/// <summary>Everything a formatter needs: the files in path order, the rows to show, and how long the run took.</summary>
internal sealed record LintReport(IReadOnlyList<FileResult> Files, IReadOnlyList<ReportRow> Rows, FixMode Fix, TimeSpan Elapsed)
{
    public int Checked => Files.Count(f => f.Linted);
    public int Skipped => Files.Count - Checked;
    public int Count(Severity severity) => Rows.Count(r => r.Severity == severity);

}
