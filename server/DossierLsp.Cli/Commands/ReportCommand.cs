using System.CommandLine;
using System.Globalization;
using DossierLsp.Cli.Lint;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Config;
using DossierLsp.Core.Pipeline;
using DossierLsp.Core.Report;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;
using DossierLsp.Server.Hosting;

namespace DossierLsp.Cli.Commands;

/// <summary><c>dossier report</c>: dossiers in, one report out. The numbers and every format are the core's.</summary>
internal static class ReportCommand
{
    public static readonly string[] Formats = ["text", "md", "json", "html", "ics"];

    /// <param name="Today">The day the report is for (reminders count from it); the local date when not given.</param>
    public sealed record Options(IReadOnlyList<string> Paths, string Format, string? Output, bool Redact, string? Config, DateOnly? Today, bool NoIgnore);

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH|GLOB") { Description = "Files, folders or globs (default: the current folder).", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Report format (ics: follow-ups for a calendar).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string>("--output", "-o") { Description = "Write the report to FILE instead of standard output.", HelpName = "FILE" };
        var redact = new Option<bool>("--redact") { Description = "Write \"your minimum\" instead of your minimum salary (the default when CI is set)." };
        var noRedact = new Option<bool>("--no-redact") { Description = "Show your minimum salary even when CI is set." };
        var config = new Option<string>("--config", "-c") { Description = "Use this dossier.config.yaml instead of searching upwards.", HelpName = "FILE" };
        var noIgnore = IgnoreOption.Create();
        var today = new Option<string>("--today") { Description = "Count reminders from this day instead of today.", HelpName = "YYYY-MM-DD" };
        today.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is { } day && !DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                r.AddError($"--today needs a date such as 2024-06-01, not '{day}'");
            }
        });
        var command = new Command("report", "Where the job search stands: statuses, funnel, salaries, what needs you.")
        {
            paths, format, output, redact, noRedact, config, today, noIgnore,
        };
        command.SetAction(parse => Run(
            new Options(
                parse.GetValue(paths) ?? [],
                parse.GetValue(format)!,
                parse.GetValue(output),
                parse.GetValue(redact) || (!parse.GetValue(noRedact) && Environment.GetEnvironmentVariable("CI") is { Length: > 0 }),
                parse.GetValue(config),
                parse.GetValue(today) is { } day ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                parse.GetValue(noIgnore)),
            Console.Out,
            Console.Error));
        return command;
    }

    public static int Run(Options options, TextWriter stdout, TextWriter stderr)
    {
        string cwd = Directory.GetCurrentDirectory();
        DateOnly today = options.Today ?? DateOnly.FromDateTime(DateTime.Now);
        if (Workspaces.Create(options.Config, options.Redact, stderr, () => today) is not { } workspace)
        {
            return ExitCodes.UsageError;
        }
        var discoveryErrors = new List<string>();
        var targets = FileDiscovery.Find(options.Paths.Count == 0 ? ["."] : options.Paths, cwd, discoveryErrors, namedAreExplicit: true,
            respectIgnoreFiles: !options.NoIgnore, workspace.ExcludesFolder);
        if (discoveryErrors.Count > 0)
        {
            discoveryErrors.ForEach(e => stderr.WriteLine($"dossier: {e}"));
            return ExitCodes.UsageError;
        }

        var summaries = new DossierSummary?[targets.Count];
        var unreadable = new string?[targets.Count];
        Parallel.For(0, targets.Count, i => (summaries[i], unreadable[i]) = Summarize(workspace, targets[i]));
        foreach (string message in unreadable.OfType<string>())
        {
            stderr.WriteLine(message);
        }
        var configErrors = targets.SelectMany(t => workspace.ConfigurationErrors(t.FullPath)).Distinct().ToArray();
        foreach (ConfigError error in configErrors)
        {
            stderr.WriteLine($"{error.File}:{error.Line}:{error.Column}: error: {error.Message}");
        }

        DossierIndex index = DossierIndex.Empty.With(summaries.OfType<DossierSummary>());
        var display = targets.ToDictionary(t => t.FullPath, t => t.DisplayPath, StringComparer.Ordinal);
        PipelineReport report = ReportBuilder.Build(index, CrossDossierAnalyzer.Analyze(index.Dossiers), today, path => display.GetValueOrDefault(path, path));
        string text = Render(report, options.Format, new ReportOptions(options.Redact, DateTimeOffset.UtcNow));
        if (options.Output is { } output)
        {
            if (AtomicFile.Replace(Path.GetFullPath(output, cwd), text, bom: false) is { } error)
            {
                stderr.WriteLine($"dossier: {error}");
                return ExitCodes.UsageError;
            }
        }
        else
        {
            stdout.Write(text);
        }
        return configErrors.Length > 0 ? ExitCodes.UsageError : ExitCodes.Clean;
    }

    private static string Render(PipelineReport report, string format, ReportOptions options) => format switch
    {
        "md" => MarkdownReport.Render(report, options),
        "json" => JsonReport.Render(report, options),
        "html" => HtmlReport.Render(report, options),
        "ics" => IcsReport.Render(report, options),
        _ => TextReport.Render(report, options),
    };

    /// <summary>The dossier's summary (null when the file is not a dossier), or why it could not be read.</summary>
    private static (DossierSummary?, string?) Summarize(DossierWorkspace workspace, FileDiscovery.Target target)
    {
        TextDecoding.Decoded decoded = BoundedFileReader.ReadDossier(target.FullPath);
        DateTime modified = File.GetLastWriteTime(target.FullPath);
        if (decoded.Text is null)
        {
            return (null, $"{target.DisplayPath}:{decoded.ErrorLine}:{decoded.ErrorColumn}: error file-unreadable: {decoded.Error}");
        }
        DocumentAnalysis analysis = workspace.Analyze(target.FullPath, new SourceText(decoded.Text), target.Explicit);
        return (DossierIndex.Summarize(target.FullPath, analysis, DateOnly.FromDateTime(modified)), null);
    }
}
