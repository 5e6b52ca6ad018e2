using System.Globalization;
using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Report;

/// <summary>How every renderer writes numbers, amounts and dates, so the formats agree.</summary>
internal static class ReportFormat
{
    public const string RedactedMinimum = "your minimum";

    public const string EachOwnMinimum = "each dossier's own";

    public static string Minimum(PipelineReport report, ReportOptions options) =>
        report.MinimumSalary is { } minimum ? options.Redact ? RedactedMinimum : SalaryReading.Format(minimum, report.Currency)
        : report.Salaries.Any(b => b.YourMinimum is not null) ? EachOwnMinimum
        : "none set";

    /// <summary>"yes", "no", or "–" when the dossier's profile sets no minimum.</summary>
    public static string Below(SalaryBar bar) => bar.YourMinimum is null ? "–" : bar.IsBelowMinimum ? "yes" : "no";

    public static string Range(PipelineReport report, SalaryBar bar) =>
        SalaryReading.Range(bar.Minimum, bar.Maximum, report.Currency);

    public static string Percent(double? rate) => rate is { } r ? $"{Math.Round(r * 100).ToString(CultureInfo.InvariantCulture)}%" : "–";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Status(StatusCount count) => count.Status ?? "(no status)";

    public static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    /// <summary>"2 of 4 applications answered (50%); median 7 days to the first answer (over 2)".</summary>
    public static string Responses(PipelineReport report)
    {
        int applied = report.Funnel[0].Count;
        string text = $"{report.Responses} of {Plural(applied, "application")} answered ({Percent(report.ResponseRate)})";
        return report.MedianDaysToFirstResponse is { } median
            ? $"{text}; median {Number(median)} days to the first answer (over {report.ResponseTimes})"
            : $"{text}; no dated answers to measure the time to the first answer";
    }

    /// <summary>The "needs you" lists with their headings, in the order every format shows them.</summary>
    public static IEnumerable<(string Heading, IReadOnlyList<NeedsYouItem> Items)> NeedsYou(PipelineReport report) =>
    [
        ("Follow-ups due", report.FollowUpsDue),
        ("Stale", report.Stale),
        ("Dossiers with errors", report.WithErrors),
        ("Duplicates", report.Duplicates),
    ];
}
