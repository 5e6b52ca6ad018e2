namespace DossierLsp.Server.Indexing;

/// <summary>
/// Counts the document requests, notifications and analyses of open documents under way, so background indexing can
/// step aside for them: a keystroke on an open dossier must not wait behind a file of the workspace. A gate, not a
/// poll: index workers block on it between files and resume the moment the last foreground work ends.
/// </summary>
internal sealed class ForegroundActivity
{
    // Background work yields at most this long before it takes its next step anyway, so it is never starved.
    private static readonly TimeSpan MaxYield = TimeSpan.FromMilliseconds(50);
    private readonly object _gate = new();
    private readonly ManualResetEventSlim _idle = new(initialState: true);
    private int _active;

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

    /// <summary>Blocks the calling (background) thread while foreground work is under way, for a bounded time.</summary>
    public void WaitWhileBusy(CancellationToken cancellationToken) => _idle.Wait(MaxYield, cancellationToken);

    private void Leave()
    {
        lock (_gate)
        {
            if (--_active == 0)
            {
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
