using System.Globalization;
using DossierLsp.Cli.Lint;
using DossierLsp.Core.Analysis;

namespace DossierLsp.Cli.Output;

/// <summary>The lines every console run ends with: fixes per file, then counts and time.</summary>
internal static class Summary
{
    public static void Write(LintReport report, TextWriter output, bool colour)
    {
        string verb = report.Fix == FixMode.DryRun ? "would fix" : "fixed";
        foreach (FileResult file in report.Files.Where(f => f.Fixes > 0))
        {
            output.WriteLine($"{file.Target.DisplayPath}: {verb} {Plural(file.Fixes, "finding")}");
        }
        int fixes = report.Files.Sum(f => f.Fixes);
        if (report.Fix != FixMode.None)
        {
            output.WriteLine($"{verb} {Plural(fixes, "finding")} in {Plural(report.Files.Count(f => f.Fixes > 0), "file")}");
        }
        string seconds = report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        string line = $"{Plural(report.Checked, "file")} checked, {report.Skipped} skipped: {Plural(report.Count(Severity.Error), "error")}, "
            + $"{Plural(report.Count(Severity.Warning), "warning")}, {Plural(report.Count(Severity.Info), "info")} in {seconds}s";
        output.WriteLine(colour ? Ansi.Bold(line) : line);
    }

    public static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
