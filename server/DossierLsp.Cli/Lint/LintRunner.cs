using System.Diagnostics;
using System.Runtime.InteropServices;
using DossierLsp.Cli.Output;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Pipeline;
using DossierLsp.Core.Workspace;

namespace DossierLsp.Cli.Lint;

/// <summary><c>dossier lint</c>: files in, findings out. All checking is the core's.</summary>
internal static class LintRunner
{
    public static int Run(LintOptions options, TextWriter stdout, TextWriter stderr)
    {
        var clock = Stopwatch.StartNew();
        string cwd = Directory.GetCurrentDirectory();
        if (Workspaces.Create(options.Config, options.Redact, stderr) is not { } workspace)
        {
            return ExitCodes.UsageError;
        }
        var discoveryErrors = new List<string>();
        var targets = FileDiscovery.Find(options.Paths.Count == 0 ? ["."] : options.Paths, cwd, discoveryErrors, namedAreExplicit: !options.OnlyDossiers,
            respectIgnoreFiles: !options.NoIgnore, workspace.ExcludesFolder);
        if (discoveryErrors.Count > 0)
        {
            discoveryErrors.ForEach(e => stderr.WriteLine($"dossier: {e}"));
            return ExitCodes.UsageError;
        }

        var linter = new FileLinter(workspace, options.Fix, keepLines: ReportFormats.FingerprintsLines(options.Format));
        var results = new FileResult[targets.Count];
        using (var progress = new Progress(targets.Count, Terminal.StderrProgress))
        {
            Parallel.For(0, targets.Count, i =>
            {
                results[i] = linter.Lint(targets[i]);
                progress.Step();
            });
        }
        AddCrossDossierFindings(results);
        bool configBroken = Workspaces.ReportErrors(workspace, targets.Select(t => t.FullPath), stderr);

        // One pass over every file's rows: those shown, and the counts the exit code needs (of all rows, --quiet or not).
        var rows = new List<ReportRow>();
        int errors = 0, warnings = 0;
        foreach (FileResult result in results)
        {
            foreach (ReportRow row in result.Rows)
            {
                errors += row.Severity == Severity.Error ? 1 : 0;
                warnings += row.Severity == Severity.Warning ? 1 : 0;
                if (!options.Quiet || row.Severity == Severity.Error)
                {
                    rows.Add(row);
                }
            }
        }
        var report = new LintReport(results, rows, options.Fix, clock.Elapsed);
        Write(report, options, workspace, stdout, stderr);

        if (configBroken)
        {
            return ExitCodes.UsageError;
        }
        return errors > 0 || warnings > (options.MaxWarnings ?? int.MaxValue) ? ExitCodes.Findings : ExitCodes.Clean;
    }

    /// <summary>The files checked together are compared too (duplicates); their findings join each file's own, in position order.</summary>
    private static void AddCrossDossierFindings(FileResult[] results)
    {
        // Few files have any: group those few by path, and touch only their files.
        var byPath = new Dictionary<string, List<WorkspaceFinding>>(StringComparer.Ordinal);
        foreach (WorkspaceFinding finding in CrossDossierAnalyzer.Analyze(results.Select(r => r.Identity).OfType<DossierIdentity>()))
        {
            (CollectionsMarshal.GetValueRefOrAddDefault(byPath, finding.Path, out _) ??= []).Add(finding);
        }
        for (int i = 0; byPath.Count > 0 && i < results.Length; i++)
        {
            FileResult result = results[i];
            if (!byPath.Remove(result.Target.FullPath, out List<WorkspaceFinding>? findings))
            {
                continue;
            }
            var crossRows = findings
                .Select(f => FileLinter.Row(result.Target, f.Finding, f.Start, f.End, result.AnchorLines.GetValueOrDefault(f.Start.Line, "")));
            results[i] = result with
            {
                Rows = result.Rows.Concat(crossRows).OrderBy(r => r.Start.Line).ThenBy(r => r.Start.Character).ThenBy(r => r.Rule, StringComparer.Ordinal).ToArray(),
            };
        }
    }

    private static void Write(LintReport report, LintOptions options, DossierWorkspace workspace, TextWriter stdout, TextWriter stderr)
    {
        bool text = options.Format == ReportFormat.Text;
        // Diffs and explanations are for people: on stdout beside the text format, else out of the report's way.
        TextWriter commentary = text && options.Output is null ? stdout : stderr;
        if (options.Explain)
        {
            foreach (FileResult result in report.Files)
            {
                commentary.WriteLine($"{result.Target.DisplayPath}: {(result.Linted ? "linted" : "skipped")}: {result.Reason}");
            }
            SettingsExplanation.Write(commentary, report.Files.Select(r => workspace.ConfigurationFor(r.Target.FullPath)).Distinct());
        }
        foreach (FileResult result in report.Files.Where(r => r.Diff is not null))
        {
            commentary.Write(result.Diff);
        }

        if (options.Output is { } path)
        {
            using (var file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)))
            {
                ReportFormats.Formatter(options.Format, colour: false).Write(report, file);
            }
            Summary.Write(report, stdout, Terminal.StdoutColour);
        }
        else
        {
            ReportFormats.Formatter(options.Format, colour: text && Terminal.StdoutColour).Write(report, stdout);
        }
        if (options.Format == ReportFormat.Github && Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
        {
            StepSummary.Append(report, summary);
        }
    }
}
