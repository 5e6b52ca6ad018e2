using System.CommandLine;
using System.Globalization;
using DossierLsp.Core.Config;
using DossierLsp.Server.Hosting;

namespace DossierLsp.Cli.Commands;

/// <summary>
/// <c>dossier init</c>: a commented dossier.config.yaml here; with <c>--profile</c> also the user-level profile, where
/// the minimum salary belongs (outside any repository). Never overwrites without <c>--force</c>.
/// </summary>
internal static class InitCommand
{
    private const string ConfigTemplate = """
        # dossier.config.yaml — which Markdown files are dossiers and how they are checked. Every key: docs/CONFIG.md.

        # The schema dossiers follow: a built-in name, or a path (relative to this file) to your own copy
        # (`dossier schema --print > my-schema.yaml` starts one).
        schema: job-dossier

        # Which files are dossiers. Without include globs, a file is a dossier when its title matches the schema.
        # include:
        #   - "applications/**/*.md"
        exclude:
          - README.md

        # How numeric dates such as 05/01/2024 are read: mdy (May 1) or dmy (5 January).
        dateOrder: mdy

        # Rule id -> error, warning, info or off (`dossier rules` lists them).
        # rules:
        #   section-order: off

        # Your minimum salary is private: keep it in the user profile (`dossier init --profile`), not in this file.

        """;

    public static Command Create()
    {
        var force = new Option<bool>("--force") { Description = "Overwrite files that exist." };
        var profile = new Option<bool>("--profile") { Description = "Also write your user-level profile (minimum salary, currency, locations)." };
        var minimum = new Option<decimal?>("--minimum-salary") { Description = "The profile's minimum yearly salary.", HelpName = "AMOUNT" };
        var currency = new Option<string>("--currency") { Description = "The profile's currency (three letters).", DefaultValueFactory = _ => "USD", HelpName = "CODE" };
        var command = new Command("init", "Write a commented dossier.config.yaml here (and, with --profile, your private profile).")
        {
            force, profile, minimum, currency,
        };
        command.SetAction(parse =>
        {
            var files = new List<(string Path, string Text)> { (Path.GetFullPath("dossier.config.yaml"), ConfigTemplate) };
            if (parse.GetValue(profile))
            {
                if (ConfigLoader.UserProfilePath(FileSystemConfigHost.Instance) is not { } profilePath)
                {
                    Console.Error.WriteLine("dossier: no home folder or XDG_CONFIG_HOME to put the profile in");
                    return ExitCodes.UsageError;
                }
                files.Add((profilePath, ProfileText(parse.GetValue(minimum), parse.GetValue(currency)!)));
            }
            if (!parse.GetValue(force) && files.FirstOrDefault(f => File.Exists(f.Path)) is { Path: { } existing })
            {
                Console.Error.WriteLine($"dossier: {existing} exists; use --force to overwrite it");
                return ExitCodes.UsageError;
            }
            foreach (var (path, text) in files)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
                Console.Out.WriteLine($"wrote {path}");
            }
            return ExitCodes.Clean;
        });
        return command;
    }

    private static string ProfileText(decimal? minimum, string currency) => $"""
        # Your private job-search profile (docs/CONFIG.md). It lives outside every repository, so the minimum salary
        # is never committed; a dossier.config.yaml can still override any key.
        {(minimum is { } m ? $"minimumSalary: {m.ToString(CultureInfo.InvariantCulture)}" : "# minimumSalary: 180000")}          # a year, in the currency below
        currency: {currency.ToUpperInvariant()}
        hoursPerYear: 2080             # to turn hourly pay into yearly pay
        # preferredLocations: [Remote, New York]
        # exchangeRates:
        #   EUR: 1.08                  # one EUR is worth 1.08 of the currency above

        """;
}
