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

    public static bool StderrProgress =>
        !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is not { Length: > 0 } && Environment.GetEnvironmentVariable("TERM") != "dumb";
}
