using System.CommandLine;
using DossierLsp.Server;

namespace DossierLsp.Cli.Commands;

/// <summary><c>dossier lsp</c>: hands stdin and stdout to the language server.</summary>
internal static class LspCommand
{
    public static Command Create()
    {
        // Editors pass --stdio; stdio is the only transport, so the flag is accepted and changes nothing.
        var stdio = new Option<bool>("--stdio") { Description = "Talk LSP over standard input and output (the only transport)." };
        var command = new Command("lsp", "Run the language server on standard input and output.") { stdio };
        command.SetAction(async (_, _) =>
        {
            await using Stream input = Console.OpenStandardInput();
            await using Stream output = Console.OpenStandardOutput();
            return await LanguageServer.RunAsync(input, output);
        });
        return command;
    }
}
