namespace DossierLsp.Cli;

/// <summary>The exit codes of every command, as docs/CI.md lists them.</summary>
internal static class ExitCodes
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int UsageError = 2;
}
