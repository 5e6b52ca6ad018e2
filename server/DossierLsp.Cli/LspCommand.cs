using DossierLsp.Server;

namespace DossierLsp.Cli;

internal static class LspCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stderr)
    {
        // Editors pass --stdio; stdio is the only transport, so the flag is accepted and changes nothing.
        foreach (string arg in args)
        {
            if (arg != "--stdio")
            {
                return CommandLine.Fail(stderr, $"lsp: unknown option '{arg}'");
            }
        }
        await using Stream input = Console.OpenStandardInput();
        await using Stream output = Console.OpenStandardOutput();
        return await LanguageServer.RunAsync(input, output);
    }
}
