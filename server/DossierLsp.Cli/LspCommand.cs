namespace DossierLsp.Cli;

internal static class LspCommand
{
    public static Task<int> RunAsync(string[] args, TextWriter stderr)
    {
        // Editors pass --stdio; stdio is the only transport, so the flag is accepted and changes nothing.
        foreach (string arg in args)
        {
            if (arg != "--stdio")
            {
                return Task.FromResult(CommandLine.Fail(stderr, $"lsp: unknown option '{arg}'"));
            }
        }
        stderr.WriteLine("dossier lsp: the language server is not built into this version yet");
        return Task.FromResult(CommandLine.UsageError);
    }
}
