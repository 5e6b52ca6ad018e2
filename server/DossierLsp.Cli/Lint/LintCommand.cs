using System.CommandLine;
using DossierLsp.Cli.Output;

namespace DossierLsp.Cli.Lint;

/// <summary>The <c>dossier lint</c> command line: its options, their defaults and checks.</summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH|GLOB")
        {
            Description = "Files, folders or globs to check (default: the current folder).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var config = new Option<string>("--config", "-c") { Description = "Use this dossier.config.yaml instead of searching upwards.", HelpName = "FILE" };
        var format = new Option<string>("--format", "-f") { Description = "Report format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(ReportFormats.Names);
        var output = new Option<string>("--output", "-o") { Description = "Write the report to FILE; the console shows the summary line.", HelpName = "FILE" };
        var maxWarnings = new Option<int?>("--max-warnings") { Description = "Exit 1 when there are more than N warnings.", HelpName = "N" };
        maxWarnings.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() < 0)
            {
                r.AddError("--max-warnings needs a whole number of at least 0");
            }
        });
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Report errors only." };
        var explain = new Option<bool>("--explain") { Description = "Also say why each file was linted or skipped, and where every setting came from." };
        var fix = new Option<bool>("--fix") { Description = "Apply the safe fixes (spelling, case, canonical field syntax) in place." };
        var fixDryRun = new Option<bool>("--fix-dry-run") { Description = "Print the safe fixes as a unified diff; write nothing." };
        var onlyDossiers = new Option<bool>("--only-dossiers") { Description = "Skip named files that are not dossiers, as in a folder walk (for pre-commit, which names every Markdown file)." };
        var noIgnore = IgnoreOption.Create();
        var redact = new Option<bool>("--redact") { Description = "Write \"your minimum\" instead of your minimum salary (the default when CI is set)." };
        var noRedact = new Option<bool>("--no-redact") { Description = "Show your minimum salary even when CI is set." };

        var command = new Command("lint", "Check dossiers and report findings.")
        {
            paths, config, format, output, maxWarnings, quiet, explain, fix, fixDryRun, onlyDossiers, noIgnore, redact, noRedact,
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(fix) && r.GetValue(fixDryRun))
            {
                r.AddError("--fix and --fix-dry-run cannot be used together");
            }
            if (r.GetValue(redact) && r.GetValue(noRedact))
            {
                r.AddError("--redact and --no-redact cannot be used together");
            }
        });
        command.SetAction(parse =>
        {
            using StreamWriter stdout = Terminal.BufferedStdout();
            return LintRunner.Run(new LintOptions(
                Paths: parse.GetValue(paths) ?? [],
                Config: parse.GetValue(config),
                Format: ReportFormats.Parse(parse.GetValue(format)!),
                Output: parse.GetValue(output),
                MaxWarnings: parse.GetValue(maxWarnings),
                Quiet: parse.GetValue(quiet),
                Explain: parse.GetValue(explain),
                Fix: parse.GetValue(fix) ? FixMode.Apply : parse.GetValue(fixDryRun) ? FixMode.DryRun : FixMode.None,
                OnlyDossiers: parse.GetValue(onlyDossiers),
                Redact: parse.GetValue(redact) || (!parse.GetValue(noRedact) && Environment.GetEnvironmentVariable("CI") is { Length: > 0 }),
                NoIgnore: parse.GetValue(noIgnore)),
                stdout,
                Console.Error);
        });
        return command;
    }
}
