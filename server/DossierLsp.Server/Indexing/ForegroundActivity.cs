namespace DossierLsp.Server.Indexing;

/// <summary>
/// Counts the document requests, notifications and analyses of open documents under way, so background indexing can
/// step aside for them: a keystroke on an open dossier must not wait behind a file of the workspace. Indexing also
/// holds back for a moment after such work ends, because keystrokes come in bursts: a file indexed between two of
/// them allocates, and the garbage collection that allocation starts stops every thread, the next keystroke's too.
/// Index workers block at the gate between files and are woken the moment the last foreground work ends.
/// </summary>
internal sealed class ForegroundActivity(TimeProvider time)
{
    /// <summary>How long after the last foreground work ends background work still waits: longer than the pause between two keystrokes of a burst.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(250);

    /// <summary>Background work yields at most this long before it takes its next step anyway, so it is never starved.</summary>
    public static readonly TimeSpan MaxYield = TimeSpan.FromMilliseconds(50);

    private readonly object _gate = new();
    private readonly ManualResetEventSlim _idle = new(initialState: true);
    private int _active;
    private long _lastEnded = long.MinValue;

    public Scope Enter()
    {
        lock (_gate)
        {
            if (_active++ == 0)
            {
                _idle.Reset();
            }
        }
        return new Scope(this);
    }

    /// <summary>Blocks the calling (background) thread while foreground work is under way or just ended, for at most <see cref="MaxYield"/>.</summary>
    public void WaitWhileBusy(CancellationToken cancellationToken)
    {
        long waitingSince = time.GetTimestamp();
        for (TimeSpan wait; (wait = HoldBack(waitingSince)) > TimeSpan.Zero;)
        {
            if (Volatile.Read(ref _active) > 0)
            {
                _idle.Wait(wait, cancellationToken); // woken early when the last foreground work ends
            }
            else if (cancellationToken.WaitHandle.WaitOne(wait))
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    /// <summary>How much longer background work that began waiting at <paramref name="waitingSince"/> should wait; zero: go on now.</summary>
    internal TimeSpan HoldBack(long waitingSince)
    {
        long now = time.GetTimestamp();
        TimeSpan left = MaxYield - time.GetElapsedTime(waitingSince, now);
        if (left <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }
        lock (_gate)
        {
            if (_active > 0)
            {
                return left;
            }
            if (_lastEnded == long.MinValue)
            {
                return TimeSpan.Zero;
            }
            TimeSpan settling = Settle - time.GetElapsedTime(_lastEnded, now);
            return settling <= TimeSpan.Zero ? TimeSpan.Zero : settling < left ? settling : left;
        }
    }

    private void Leave()
    {
        lock (_gate)
        {
            if (--_active == 0)
            {
                _lastEnded = time.GetTimestamp();
                _idle.Set();
            }
        }
    }

    public sealed class Scope(ForegroundActivity owner) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Leave();
            }
        }
    }
}
