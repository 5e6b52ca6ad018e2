namespace DossierLsp.Server.Indexing;

/// <summary>
/// Counts the requests, notifications and analyses of open documents under way, so background indexing can step
/// aside for them: a keystroke on an open dossier must not wait behind a file of the workspace.
/// </summary>
internal sealed class ForegroundActivity
{
    // Background work yields at most this long before it takes its next step anyway, so it is never starved.
    private const int MaxYieldMilliseconds = 50;
    private int _active;

    public Scope Enter()
    {
        Interlocked.Increment(ref _active);
        return new Scope(this);
    }

    public bool IsBusy => Volatile.Read(ref _active) > 0;

    /// <summary>Waits while foreground work is under way, for a bounded time.</summary>
    public async Task YieldAsync(CancellationToken cancellationToken)
    {
        for (int waited = 0; IsBusy && waited < MaxYieldMilliseconds; waited++)
        {
            await Task.Delay(1, cancellationToken);
        }
    }

    public readonly struct Scope(ForegroundActivity owner) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref owner._active);
    }
}
