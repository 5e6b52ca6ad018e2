using System.CommandLine;
using DossierLsp.Cli.Lint;
using DossierLsp.Core.Text;
using DossierLsp.Server.Hosting;

namespace DossierLsp.Cli.Commands;

/// <summary><c>dossier config --explain [FILE]</c>: every effective setting for FILE (or here) and where it came from.</summary>
internal static class ConfigCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("FILE") { Description = "A dossier (default: the current folder).", Arity = ArgumentArity.ZeroOrOne };
        var explain = new Option<bool>("--explain") { Description = "List every setting in force and where it came from; for FILE, also whether it is linted and why." };
        var config = new Option<string>("--config", "-c") { Description = "Use this dossier.config.yaml instead of searching upwards.", HelpName = "FILE" };
        var command = new Command("config", "Show the configuration in force.") { file, explain, config };
        command.SetAction(parse =>
        {
            if (Workspaces.Create(parse.GetValue(config), redact: false, Console.Error) is not { } workspace)
            {
                return ExitCodes.UsageError;
            }
            string? named = parse.GetValue(file);
            string path = named is null ? Path.Combine(Directory.GetCurrentDirectory(), "new.md") : Path.GetFullPath(named);
            bool broken = Workspaces.ReportErrors(workspace, [path], Console.Error);
            if (!parse.GetValue(explain))
            {
                Console.Out.WriteLine(workspace.ConfigurationFor(path).Path ?? "(no dossier.config.yaml found; defaults)");
                return broken ? ExitCodes.UsageError : ExitCodes.Clean;
            }
            if (named is not null && !File.Exists(path))
            {
                Console.Error.WriteLine($"dossier: no such file: '{named}'");
                return ExitCodes.UsageError;
            }
            if (named is not null && BoundedFileReader.ReadDossier(path).Text is { } text)
            {
                var analysis = workspace.Analyze(path, new SourceText(text), explicitlyNamed: true);
                Console.Out.WriteLine($"{named}: {(analysis.IsDossier ? "linted" : "skipped")}: {analysis.AssociationReason}");
            }
            SettingsExplanation.Write(Console.Out, [workspace.ConfigurationFor(path)]);
            return broken ? ExitCodes.UsageError : ExitCodes.Clean;
        });
        return command;
    }
}
