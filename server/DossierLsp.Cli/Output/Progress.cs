namespace DossierLsp.Cli.Output;

/// <summary>
/// "linting 1234/10000 files" on stderr, rewritten in place, once a run has taken longer than
/// <see cref="Terminal.ProgressDelay"/> (a second); erased at the end. Only on a terminal
/// (<see cref="Terminal.StderrProgress"/>): CI logs and pipes never see it.
/// </summary>
internal sealed class Progress : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);
    private readonly int _total;
    private readonly Timer? _timer;
    private readonly Lock _lock = new();
    private int _done;
    private bool _shown;
    private bool _disposed;

    public Progress(int total, bool enabled)
    {
        _total = total;
        TimeSpan delay = Terminal.ProgressDelay;
        if (enabled && delay == TimeSpan.Zero)
        {
            // From the start means before the first file, not whenever the timer's thread gets to it.
            Show();
        }
        _timer = enabled ? new Timer(_ => Show(), null, delay, Interval) : null;
    }

    public void Step() => Interlocked.Increment(ref _done);

    private void Show()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }
            _shown = true;
            Console.Error.Write($"\rlinting {Volatile.Read(ref _done)}/{_total} files");
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();
        lock (_lock)
        {
            _disposed = true;
            if (_shown)
            {
                Console.Error.Write("\r\u001b[2K");
                _shown = false;
            }
        }
    }
}
