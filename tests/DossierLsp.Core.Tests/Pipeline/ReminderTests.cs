using DossierLsp.Core.Pipeline;
using DossierLsp.Core.Tests.Support;

namespace DossierLsp.Core.Tests.Pipeline;

/// <summary>Reminders with a fixed today (Dossiers.Today is 2024-06-01).</summary>
public sealed class ReminderTests
{
    private static readonly DateOnly Today = Dossiers.Today;

    private static Reminder? For(string text, string? config = null, DateOnly? modified = null) => Reminders.For(Corpus.Summary(text, config, modified));

    [Theory]
    [InlineData("APPLIED", "2024-05-25", true)]   // 7 days ago: due
    [InlineData("SCREENING", "2024-05-26", false)] // 6 days ago: not yet
    [InlineData("INTERVIEWING", "2024-01-01", true)]
    public void A_follow_up_is_due_a_week_after_the_latest_date(string status, string applied, bool due)
    {
        Reminder reminder = For(Corpus.Dossier("Acme", "Engineer", status: status, applied: applied))!;
        Assert.Equal(ReminderKind.FollowUp, reminder.Kind);
        Assert.Equal(DateOnly.Parse(applied).AddDays(7), reminder.DueOn);
        Assert.Equal(due, reminder.IsDue(Today));
    }

    [Fact]
    public void A_dated_line_after_the_application_moves_the_follow_up_and_the_profile_sets_the_delay()
    {
        string text = Corpus.Dossier("Acme", "Engineer", applied: "2024-05-01", notes: "- 2024-05-28: recruiter said next week");
        Assert.Equal((new DateOnly(2024, 5, 28), new DateOnly(2024, 6, 4)), (For(text)!.Since, For(text)!.DueOn));
        Assert.Equal(new DateOnly(2024, 5, 31), For(text, "profile:\n  followUpAfterDays: 3\n")!.DueOn);
        Assert.Equal("follow up: APPLIED, last news 2024-05-28 (4 days ago)", For(text)!.Describe(Today));
    }

    [Fact]
    public void Researching_and_prepared_go_stale_three_weeks_after_they_were_last_touched()
    {
        string prepared = Corpus.Dossier("Acme", "Engineer", status: "PREPARED", applied: null);
        Reminder stale = For(prepared, modified: new DateOnly(2024, 5, 1))!;
        Assert.Equal((ReminderKind.Stale, new DateOnly(2024, 5, 22), true), (stale.Kind, stale.DueOn, stale.IsDue(Today)));
        Assert.Equal("stale: PREPARED, untouched since 2024-05-01 (31 days)", stale.Describe(Today));
        Assert.False(For(prepared, modified: new DateOnly(2024, 5, 20))!.IsDue(Today));
        Assert.True(For(prepared, "profile:\n  staleAfterDays: 10\n", new DateOnly(2024, 5, 20))!.IsDue(Today));
        // Without a modification date from the host and without a dated line, nothing says how long it has been.
        Assert.Null(For(prepared));
    }

    [Theory]
    [InlineData("OFFER")]
    [InlineData("REJECTED")]
    [InlineData("WITHDRAWN")]
    [InlineData("ACCEPTED")]
    public void Finished_and_decided_applications_need_no_reminder(string status) =>
        Assert.Null(For(Corpus.Dossier("Acme", "Engineer", status: status, applied: "2024-01-01"), modified: new DateOnly(2024, 1, 1)));

    [Fact]
    public void Reminders_are_never_lint_findings()
    {
        var old = Dossiers.Analyze(Corpus.Dossier("Acme", "Engineer", applied: "2020-01-01"));
        Assert.DoesNotContain(old.Findings, f => f.RuleId.Contains("follow", StringComparison.Ordinal) || f.RuleId.Contains("stale", StringComparison.Ordinal));
        Assert.Equal([ReminderKind.FollowUp], Reminders.Due([DossierIndex.Summarize("/w/d.md", old, null)!], Today).Select(r => r.Kind));
    }
}
