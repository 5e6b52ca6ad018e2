using System.Globalization;

namespace DossierLsp.Cli.Output;

/// <summary>What the console can take: colour on a terminal (NO_COLOR and FORCE_COLOR win), progress only off CI.</summary>
internal static class Terminal
{
    public static bool StdoutColour
    {
        get
        {
            if (Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 })
            {
                return false;
            }
            if (Environment.GetEnvironmentVariable("FORCE_COLOR") is { Length: > 0 } force)
            {
                return force is not ("0" or "false");
            }
            return !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb";
        }
    }

    /// <summary>
    /// How long a run goes before its progress line appears: <c>DOSSIER_PROGRESS_DELAY_MS</c> milliseconds when set (0:
    /// from the start, which is how the tests see the line without a slow run), else a second.
    /// </summary>
    public static TimeSpan ProgressDelay =>
        int.TryParse(Environment.GetEnvironmentVariable("DOSSIER_PROGRESS_DELAY_MS"), NumberStyles.None, CultureInfo.InvariantCulture, out int milliseconds)
            ? TimeSpan.FromMilliseconds(milliseconds)
            : TimeSpan.FromSeconds(1);

    /// <summary>
    /// Standard output for a report, in the console's encoding, flushed when disposed. <see cref="Console.Out"/> flushes
    /// every write, in 256-byte pieces: a system call per line of the text format and per 256 bytes of JSON.
    /// </summary>
    public static StreamWriter BufferedStdout() => new(Console.OpenStandardOutput(), Console.OutputEncoding, bufferSize: 64 * 1024);

    public static bool StderrProgress =>
        !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is not { Length: > 0 } && Environment.GetEnvironmentVariable("TERM") != "dumb";
}
