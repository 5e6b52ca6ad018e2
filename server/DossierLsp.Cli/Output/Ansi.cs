using DossierLsp.Core.Analysis;

namespace DossierLsp.Cli.Output;

/// <summary>SGR colour codes for the text format on a terminal.</summary>
internal static class Ansi
{
    public static string Bold(string text) => $"\u001b[1m{text}\u001b[0m";

    public static string Severity(Severity severity, string text) => severity switch
    {
        Core.Analysis.Severity.Error => $"\u001b[31m{text}\u001b[0m",
        Core.Analysis.Severity.Warning => $"\u001b[33m{text}\u001b[0m",
        _ => $"\u001b[36m{text}\u001b[0m",
    };
}
