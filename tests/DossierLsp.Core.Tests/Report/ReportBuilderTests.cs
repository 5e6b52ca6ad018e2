using DossierLsp.Core.Pipeline;
using DossierLsp.Core.Report;
using DossierLsp.Core.Tests.Support;

namespace DossierLsp.Core.Tests.Report;

/// <summary>The report's numbers on a small search with a fixed today (2024-06-01).</summary>
public sealed class ReportBuilderTests
{
    internal static readonly Dictionary<string, string> Search = new()
    {
        ["a.md"] = Corpus.Dossier("Acme", "Data Engineer", status: "APPLIED", applied: "2024-05-27", salary: "$150,000 - $170,000"),
        ["b.md"] = Corpus.Dossier("Beta", "Engineer", status: "SCREENING", applied: "2024-05-06", salary: "$190k - $220k", notes: "- 2024-05-10: recruiter replied"),
        ["c.md"] = Corpus.Dossier("Cyan", "Engineer", status: "INTERVIEWING", applied: "2024-05-01", salary: "€90k", notes: "- 2024-05-15: phone screen\n- 2024-05-20: onsite"),
        ["d.md"] = Corpus.Dossier("Delta", "Engineer", status: "OFFER", applied: "2024-04-29", salary: "$100/hr", notes: "- 2024-05-02: call"),
        ["e.md"] = Corpus.Dossier("Echo", "Engineer", status: "REJECTED", applied: "2024-05-08", salary: null),
        ["f.md"] = Corpus.Dossier("Fox", "Engineer", status: "WITHDRAWN", applied: null, salary: null),
        ["g.md"] = Corpus.Dossier("Golf", "Engineer", status: "RESEARCHING", applied: null, salary: "[TBD]"),
        ["h.md"] = Corpus.Dossier("Golf", "Engineer", status: "PREPARED", applied: null, salary: null),
        ["i.md"] = Corpus.Dossier("India", "Engineer", status: "APPLIED", applied: "2024-05-30", salary: null),
        ["j.md"] = Corpus.Dossier("Juliet", "Engineer", status: "APLIED", applied: null, salary: null),
    };

    internal static PipelineReport Build(string config = "profile:\n  minimumSalary: 180000\n")
    {
        DossierIndex index = Corpus.Index(Search, config, lastModified: new DateOnly(2024, 5, 1));
        return ReportBuilder.Build(index, CrossDossierAnalyzer.Analyze(index.Dossiers), Dossiers.Today, path => path["/w/".Length..]);
    }

    [Fact]
    public void Counts_statuses_in_lifecycle_order_with_unknown_ones_last()
    {
        Assert.Equal(
            ["RESEARCHING 1", "PREPARED 1", "APPLIED 2", "SCREENING 1", "INTERVIEWING 1", "OFFER 1", "REJECTED 1", "WITHDRAWN 1", "APLIED 1"],
            Build().ByStatus.Select(s => $"{s.Status} {s.Count}"));
    }

    [Fact]
    public void Funnel_counts_who_got_at_least_this_far_and_the_share_of_the_stage_before()
    {
        PipelineReport report = Build();
        // Applied: a, b, c, d, e (rejected), i; the withdrawal has no application date.
        Assert.Equal(["applied 6 ", "screening 3 0.5", "interviewing 2 0.667", "offer 1 0.5"],
            report.Funnel.Select(s => $"{s.Stage} {s.Count} {(s.ConversionFromPrevious is { } c ? Math.Round(c, 3).ToString(System.Globalization.CultureInfo.InvariantCulture) : "")}"));
    }

    [Fact]
    public void Responses_and_the_median_time_to_the_first_answer()
    {
        PipelineReport report = Build();
        // Answered: b, c, d (progressed) and e (rejected) of 6 applications.
        Assert.Equal(4, report.Responses);
        Assert.Equal(4.0 / 6, report.ResponseRate!.Value, 6);
        // b: 4 days, c: 14 days, d: 3 days (e has no dated line).
        Assert.Equal((4.0, 3), (report.MedianDaysToFirstResponse!.Value, report.ResponseTimes));
    }

    [Fact]
    public void Applications_per_week_start_on_mondays_and_include_empty_weeks()
    {
        Assert.Equal(["2024-04-29 2", "2024-05-06 2", "2024-05-13 0", "2024-05-20 0", "2024-05-27 2"],
            Build().ApplicationsPerWeek.Select(w => $"{w.WeekStart:yyyy-MM-dd} {w.Count}"));
    }

    [Fact]
    public void Salary_bars_are_yearly_in_the_profile_currency_and_leave_out_unconverted_ones()
    {
        PipelineReport report = Build();
        Assert.Equal(["a.md 150000-170000", "b.md 190000-220000", "d.md 208000-208000"], report.Salaries.Select(b => $"{b.File} {b.Minimum:0}-{b.Maximum:0}"));
        Assert.Equal((180000m, "USD"), (report.MinimumSalary, report.Currency));
        Assert.Equal(4, Build("profile:\n  exchangeRates: { EUR: 1.1 }\n").Salaries.Count);
    }

    [Fact]
    public void Each_dossier_is_read_under_its_own_profile_and_the_currency_is_that_of_most_profiles()
    {
        var host = new MemoryHost(new()
        {
            ["/w/strict/dossier.config.yaml"] = "profile:\n  minimumSalary: 200000\n",
            ["/w/modest/dossier.config.yaml"] = "profile:\n  minimumSalary: 100000\n",
            ["/w/euro/dossier.config.yaml"] = "profile:\n  currency: EUR\n  minimumSalary: 50000\n",
        });
        var workspace = new DossierLsp.Core.Workspace.DossierWorkspace(host, () => Dossiers.Today);
        DossierIndex index = DossierIndex.Empty;
        foreach (string folder in new[] { "strict", "modest", "euro" })
        {
            string path = $"/w/{folder}/job.md";
            string text = Corpus.Dossier(folder, "Engineer", salary: folder == "euro" ? "€60,000" : "$150,000 - $170,000");
            index = index.Update(path, workspace.Analyze(path, new DossierLsp.Core.Text.SourceText(text)), null);
        }

        PipelineReport report = ReportBuilder.Build(index, [], Dossiers.Today, path => path["/w/".Length..]);

        // Two of three profiles are in USD; their minimums differ, so each bar is judged against its own.
        Assert.Equal("USD", report.Currency);
        Assert.Null(report.MinimumSalary);
        Assert.Equal(["modest/job.md no", "strict/job.md yes"], report.Salaries.Select(b => $"{b.File} {(b.IsBelowMinimum ? "yes" : "no")}").Order());
        Assert.Contains("minimum: each dossier's own", TextReport.Render(report, new ReportOptions(false, DateTimeOffset.UnixEpoch)));
    }

    [Fact]
    public void Needs_you_lists_follow_ups_stale_errors_and_duplicates_with_their_files()
    {
        PipelineReport report = Build();
        // a (2024-05-27, 5 days) and i (2 days) are not due yet; b's last news is 2024-05-10.
        Assert.Equal(["b.md", "c.md"], report.FollowUpsDue.Select(i => i.File));
        Assert.Equal("follow up: SCREENING, last news 2024-05-10 (22 days ago)", report.FollowUpsDue[0].Reason);
        Assert.Equal(["g.md", "h.md"], report.Stale.Select(i => i.File));
        // f: a withdrawal needs its application date (field-required-when); j: a misspelt status.
        Assert.Equal(["f.md", "j.md"], report.WithErrors.Select(i => i.File));
        Assert.Equal(["g.md", "h.md"], report.Duplicates.Select(i => i.File));
        // d has an offer: nothing to follow up.
        Assert.Equal(["2024-05-17 b.md", "2024-05-27 c.md", "2024-06-03 a.md", "2024-06-06 i.md"],
            report.FollowUps.Select(f => $"{f.DueOn:yyyy-MM-dd} {f.File}"));
    }

    [Fact]
    public void An_empty_search_has_a_report_too()
    {
        PipelineReport report = ReportBuilder.Build(DossierIndex.Empty, [], Dossiers.Today, p => p);
        Assert.Equal((0, null, null), (report.Dossiers, report.ResponseRate, report.MedianDaysToFirstResponse));
        Assert.All(report.Funnel, s => Assert.Equal(0, s.Count));
        var options = new ReportOptions(false, DateTimeOffset.UnixEpoch);
        Assert.Contains("0 dossiers", TextReport.Render(report, options));
        Assert.Contains("0 dossiers", HtmlReport.Render(report, options));
        Assert.Contains("\"dossiers\": 0", JsonReport.Render(report, options));
        Assert.Contains("END:VCALENDAR", IcsReport.Render(report, options));
        Assert.Contains("None.", MarkdownReport.Render(report, options));
    }
}
