using System.Reflection;

namespace DossierLsp.Cli;

/// <summary>Dispatches <c>dossier COMMAND …</c>. Exit codes: 0 clean, 1 findings over the bar, 2 usage, config or schema errors.</summary>
internal static class CommandLine
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int UsageError = 2;

    public static string Version =>
        typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private const string Usage = """
        Usage: dossier COMMAND [options]

        Commands:
          lint [PATH|GLOB ...]   Check dossiers (default: the current folder).
              --config FILE        Use this dossier.config.yaml instead of searching upwards.
              --format text|json   Output format (default text).
              --max-warnings N     Exit 1 when there are more than N warnings.
              --quiet              Report errors only.
              --explain            Also say, for every file, why it was linted or skipped and where settings came from.
              --fix                Apply the automatic fixes (spelling of statuses, headings and field keys) in place.
          report [PATH|GLOB ...] Where the job search stands: statuses, funnel, salaries, what needs you.
              --format text|md|json|html|ics   Output format (default text; ics: follow-ups for a calendar).
              -o, --output FILE    Write the report to FILE instead of standard output.
              --redact             Write "your minimum" instead of the profile's minimum salary.
              --config FILE        Use this dossier.config.yaml instead of searching upwards.
              --today YYYY-MM-DD   Count reminders from this day instead of today.
          lsp [--stdio]          Run the language server on standard input and output.
          rules [--format markdown]  List the rules (markdown: the text of docs/RULES.md).
          --version              Print the version.
          help                   Print this text.
        """;

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        string command = args.Length == 0 ? "help" : args[0];
        string[] rest = args.Skip(1).ToArray();
        switch (command)
        {
            case "lint":
                return LintCommand.Run(rest, stdout, stderr);
            case "report":
                return ReportCommand.Parse(rest, stderr) is { } options ? ReportCommand.Run(options, stdout, stderr) : UsageError;
            case "lsp":
                return await LspCommand.RunAsync(rest, stderr);
            case "rules":
                return RulesCommand.Run(rest, stdout, stderr);
            case "--version" or "version":
                stdout.WriteLine(Version);
                return Clean;
            case "help" or "--help" or "-h":
                stdout.WriteLine(Usage);
                return Clean;
            default:
                stderr.WriteLine($"dossier: unknown command '{command}'");
                stderr.WriteLine(Usage);
                return UsageError;
        }
    }

    /// <summary>Writes a usage error and returns its exit code.</summary>
    public static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"dossier: {message}");
        stderr.WriteLine("Run 'dossier help' for usage.");
        return UsageError;
    }
}
