using DossierLsp.Server.Indexing;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace DossierLsp.Server.Tests;

/// <summary>The gate background indexing waits at: on a fake clock, so what it decides is checked, not how long a wait took.</summary>
public class ForegroundActivityTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly ForegroundActivity _activity;

    public ForegroundActivityTests() => _activity = new ForegroundActivity(_time);

    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(10);

    [Fact]
    public void Background_work_goes_on_at_once_when_nothing_was_ever_in_the_foreground()
    {
        Assert.Equal(TimeSpan.Zero, _activity.HoldBack(_time.GetTimestamp()));
    }

    [Fact]
    public void Background_work_waits_while_foreground_work_is_under_way_but_never_longer_than_the_bound()
    {
        using ForegroundActivity.Scope keystroke = _activity.Enter();
        long since = _time.GetTimestamp();
        Assert.Equal(ForegroundActivity.MaxYield, _activity.HoldBack(since));
        _time.Advance(Step);
        Assert.Equal(ForegroundActivity.MaxYield - Step, _activity.HoldBack(since));
        _time.Advance(ForegroundActivity.MaxYield);
        Assert.Equal(TimeSpan.Zero, _activity.HoldBack(since)); // not starved, however long the foreground lasts
        Assert.Equal(ForegroundActivity.MaxYield, _activity.HoldBack(_time.GetTimestamp())); // the next file waits again
    }

    [Fact]
    public void Background_work_holds_back_until_foreground_work_has_settled()
    {
        _activity.Enter().Dispose();
        Assert.Equal(ForegroundActivity.MaxYield, _activity.HoldBack(_time.GetTimestamp()));
        _time.Advance(ForegroundActivity.Settle - Step);
        Assert.Equal(Step, _activity.HoldBack(_time.GetTimestamp()));
        _time.Advance(Step);
        Assert.Equal(TimeSpan.Zero, _activity.HoldBack(_time.GetTimestamp()));
    }

    [Fact]
    public void The_settle_time_counts_from_the_end_of_the_last_of_overlapping_foreground_work()
    {
        ForegroundActivity.Scope request = _activity.Enter();
        ForegroundActivity.Scope publication = _activity.Enter();
        request.Dispose();
        _time.Advance(ForegroundActivity.Settle);
        Assert.Equal(ForegroundActivity.MaxYield, _activity.HoldBack(_time.GetTimestamp())); // the publication is still under way
        publication.Dispose();
        publication.Dispose(); // a scope ends once
        _time.Advance(ForegroundActivity.Settle - Step);
        Assert.Equal(Step, _activity.HoldBack(_time.GetTimestamp()));
    }

    [Fact]
    public void A_waiting_worker_ends_its_wait_when_the_server_stops()
    {
        using ForegroundActivity.Scope keystroke = _activity.Enter();
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => _activity.WaitWhileBusy(stop.Token));
    }
}
