using System.CommandLine;
using System.Text;
using DossierLsp.Cli.Lint;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Language;
using DossierLsp.Core.Text;

namespace DossierLsp.Cli.Commands;

/// <summary><c>dossier new COMPANY POSITION</c>: a new dossier from the schema in force, the editor's New Dossier template.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var company = new Argument<string>("COMPANY") { Description = "The company's name." };
        var position = new Argument<string>("POSITION") { Description = "The position's title." };
        var status = new Option<string>("--status", "-s") { Description = "The application status to start with (default: the schema's first).", HelpName = "STATUS" };
        var output = new Option<string>("--output", "-o") { Description = "The file to write (default: company-position.md here; '-' for standard output).", HelpName = "FILE" };
        var config = new Option<string>("--config", "-c") { Description = "Use this dossier.config.yaml instead of searching upwards.", HelpName = "FILE" };
        var command = new Command("new", "Write a new dossier from the schema.") { company, position, status, output, config };
        command.SetAction(parse =>
        {
            string companyName = parse.GetValue(company)!.Trim(), positionName = parse.GetValue(position)!.Trim();
            string? target = parse.GetValue(output);
            string path = target is null or "-" ? Path.GetFullPath(Slug(companyName, positionName) + ".md") : Path.GetFullPath(target);
            if (Workspaces.Create(parse.GetValue(config), redact: false, Console.Error) is not { } workspace
                || Workspaces.ReportErrors(workspace, [path], Console.Error))
            {
                return ExitCodes.UsageError;
            }
            var today = DateOnly.FromDateTime(DateTime.Now);
            string text = DossierLanguageService.NewDossier(workspace.DefaultSchemaFor(path), companyName, positionName).Text;
            if (parse.GetValue(status) is { } wanted)
            {
                var analysis = workspace.Analyze(path, new SourceText(text), explicitlyNamed: true);
                if (DossierLanguageService.SetStatus(analysis, wanted, today) is not { } setStatus)
                {
                    Console.Error.WriteLine($"dossier: '{wanted}' is not a status of this schema");
                    return ExitCodes.UsageError;
                }
                text = AutomaticFixes.ApplyEdits(text, setStatus.Edits);
            }
            if (target == "-")
            {
                Console.Out.Write(text);
                return ExitCodes.Clean;
            }
            if (File.Exists(path))
            {
                Console.Error.WriteLine($"dossier: {path} exists; choose another name with --output");
                return ExitCodes.UsageError;
            }
            File.WriteAllText(path, text);
            Console.Out.WriteLine($"wrote {Path.GetRelativePath(Directory.GetCurrentDirectory(), path)}");
            return ExitCodes.Clean;
        });
        return command;
    }

    /// <summary>"Acme Corp", "Staff Engineer" → "acme-corp-staff-engineer".</summary>
    private static string Slug(string company, string position)
    {
        var slug = new StringBuilder();
        foreach (char c in $"{company} {position}".ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        return slug.ToString().Trim('-') is { Length: > 0 } s ? s : "dossier";
    }
}
