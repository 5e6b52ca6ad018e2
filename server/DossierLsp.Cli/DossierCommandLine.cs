using System.CommandLine;
using System.CommandLine.Parsing;
using DossierLsp.Cli.Commands;
using DossierLsp.Cli.Lint;
using DossierLsp.Core.Text;

namespace DossierLsp.Cli;

/// <summary>
/// The <c>dossier</c> command tree (System.CommandLine: help, --version, response files, completion). Usage mistakes
/// get one line on stderr, with a did-you-mean where one is close, and exit code 2.
/// </summary>
internal static class DossierCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Checks Markdown job-application dossiers against a schema and your profile.")
        {
            LintCommand.Create(),
            ReportCommand.Create(),
            LspCommand.Create(),
            RulesCommand.Create(),
            InitCommand.Create(),
            NewCommand.Create(),
            SchemaCommand.Create(),
            ConfigCommand.Create(),
            CompletionCommand.Create(),
        };
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        RootCommand root = Build();
        if (args.Length == 0)
        {
            args = ["--help"];
        }
        ParseResult result = root.Parse(args);
        if (result.Errors.Count > 0 || OptionLikeArgument(result) is not null)
        {
            Console.Error.WriteLine($"dossier: {Describe(result)}");
            return ExitCodes.UsageError;
        }
        return await result.InvokeAsync();
    }

    /// <summary>The first parse error, with the closest command or option name when a token looks like a typo.</summary>
    private static string Describe(ParseResult result)
    {
        Command command = result.CommandResult.Command;
        string usage = $"run '{CommandPath(result.CommandResult)} --help' for usage";
        if ((OptionLikeArgument(result) ?? result.UnmatchedTokens.FirstOrDefault()) is { } token)
        {
            IEnumerable<string> names = token.StartsWith('-')
                ? command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name))
                : command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name);
            string? closest = Spelling.Closest(token, names);
            string kind = token.StartsWith('-') ? "option" : command.Subcommands.Count > 0 ? "command" : "argument";
            return closest is null
                ? $"unknown {kind} '{token}'; {usage}"
                : $"unknown {kind} '{token}'; did you mean '{closest}'? ({usage})";
        }
        // System.CommandLine lists allowed values one per line; a usage error stays on one line.
        string[] lines = result.Errors[0].Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string message = lines.Length == 1 ? lines[0] : $"{lines[0]} {string.Join(", ", lines[1..])}";
        return $"{message.TrimEnd('.')}; {usage}";
    }

    /// <summary>
    /// A misspelt option such as <c>lint --fromat</c> would otherwise be taken for a path; a file whose name starts
    /// with '-' can still be named as <c>./-file.md</c>.
    /// </summary>
    private static string? OptionLikeArgument(ParseResult result) =>
        result.CommandResult.Children.OfType<ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .Select(t => t.Value)
            .FirstOrDefault(v => v.Length > 1 && v.StartsWith('-'));

    private static string CommandPath(SymbolResult? result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult { Command: { } command })
            {
                names.Insert(0, command is RootCommand ? "dossier" : command.Name);
            }
        }
        return string.Join(' ', names);
    }
}
