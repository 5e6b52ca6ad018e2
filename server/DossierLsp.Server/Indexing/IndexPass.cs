namespace DossierLsp.Server.Indexing;

/// <summary>
/// One full pass over the files of the workspace folders, shared by the index workers: each takes the next file, and
/// the progress counts them in order (a report is sent behind the ones before it, whichever worker finished).
/// </summary>
internal sealed class IndexPass(int number, IReadOnlyList<string> paths, WorkDoneProgress? progress)
{
    private readonly object _gate = new();
    private int _next = -1;
    private int _done;

    public int Number { get; } = number;
    public IReadOnlyList<string> Paths { get; } = paths;
    /// <summary>The URI of each path, once it was indexed; the files not among them are gone.</summary>
    public string?[] Uris { get; } = new string?[paths.Count];

    /// <summary>The index of the next file to read, or -1 when every file is taken.</summary>
    public int Take()
    {
        int i = Interlocked.Increment(ref _next);
        return i < Paths.Count ? i : -1;
    }

    public void Done()
    {
        lock (_gate)
        {
            progress?.Report(++_done, Paths.Count);
        }
    }
}

/// <summary>What a pass cost, for the trace: its time, and the garbage collections and GC pauses during it.</summary>
internal sealed class PassCost
{
    private readonly long _started = System.Diagnostics.Stopwatch.GetTimestamp();
    private readonly int[] _collections = Collections();
    private readonly TimeSpan _paused = GC.GetTotalPauseDuration();

    public static PassCost Start() => new();

    public override string ToString()
    {
        int[] now = Collections();
        return $"{System.Diagnostics.Stopwatch.GetElapsedTime(_started).TotalMilliseconds:0} ms; GC: {now[0] - _collections[0]} gen0, "
            + $"{now[1] - _collections[1]} gen1, {now[2] - _collections[2]} gen2 collections, {(GC.GetTotalPauseDuration() - _paused).TotalMilliseconds:0.0} ms paused";
    }

    private static int[] Collections() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
}
