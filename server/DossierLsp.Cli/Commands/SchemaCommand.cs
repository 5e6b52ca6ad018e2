using System.CommandLine;
using DossierLsp.Cli.Lint;
using DossierLsp.Core.Config;
using DossierLsp.Core.Schema;

namespace DossierLsp.Cli.Commands;

/// <summary><c>dossier schema [--print]</c>: which schema is in force here, and with <c>--print</c> its YAML.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var print = new Option<bool>("--print") { Description = "Print the effective schema's YAML." };
        var config = new Option<string>("--config", "-c") { Description = "Use this dossier.config.yaml instead of searching upwards.", HelpName = "FILE" };
        var command = new Command("schema", "Show the schema in force for the current folder.") { print, config };
        command.SetAction(parse =>
        {
            if (Workspaces.Create(parse.GetValue(config), redact: false, Console.Error) is not { } workspace)
            {
                return ExitCodes.UsageError;
            }
            string here = Path.Combine(Directory.GetCurrentDirectory(), "new.md");
            if (Workspaces.ReportErrors(workspace, [here], Console.Error))
            {
                return ExitCodes.UsageError;
            }
            Sourced<string> schema = workspace.ConfigurationFor(here).Schema;
            bool builtIn = SchemaLoader.BuiltInNames.Contains(schema.Value, StringComparer.OrdinalIgnoreCase);
            if (!parse.GetValue(print))
            {
                Console.Out.WriteLine($"{schema.Value} ({(builtIn ? "built in" : "file")}; from {schema.Source})");
                return ExitCodes.Clean;
            }
            string? baseDirectory = workspace.ConfigurationFor(here).BaseDirectory;
            Console.Out.Write(builtIn ? SchemaLoader.BuiltInText(schema.Value) : File.ReadAllText(Path.GetFullPath(schema.Value, baseDirectory ?? ".")));
            return ExitCodes.Clean;
        });
        return command;
    }
}
