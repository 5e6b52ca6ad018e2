using System.Globalization;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Config;
using DossierLsp.Core.Pipeline;
using DossierLsp.Core.Report;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;
using DossierLsp.Server.Hosting;

namespace DossierLsp.Cli;

/// <summary><c>dossier report</c>: dossiers in, one report out. The numbers and every format are the core's.</summary>
internal static class ReportCommand
{
    public static readonly string[] Formats = ["text", "md", "json", "html", "ics"];

    /// <param name="Today">The day the report is for (reminders count from it); the local date when not given.</param>
    public sealed record Options(IReadOnlyList<string> Paths, string Format, string? Output, bool Redact, string? Config, DateOnly? Today);

    public static int Run(Options options, TextWriter stdout, TextWriter stderr)
    {
        string cwd = Directory.GetCurrentDirectory();
        var discoveryErrors = new List<string>();
        var targets = FileDiscovery.Find(options.Paths.Count == 0 ? ["."] : options.Paths, cwd, discoveryErrors);
        if (discoveryErrors.Count > 0)
        {
            discoveryErrors.ForEach(e => stderr.WriteLine($"dossier: {e}"));
            return CommandLine.UsageError;
        }
        string? configPath = options.Config is null ? null : Path.GetFullPath(options.Config, cwd);
        if (configPath is not null && !File.Exists(configPath))
        {
            return CommandLine.Fail(stderr, $"config file not found: '{options.Config}'");
        }
        DateOnly today = options.Today ?? DateOnly.FromDateTime(DateTime.Now);
        var workspace = new DossierWorkspace(FileSystemConfigHost.Instance, () => today, configPath);

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
            if (WriteAtomically(Path.GetFullPath(output, cwd), text) is { } error)
            {
                stderr.WriteLine($"dossier: {error}");
                return CommandLine.UsageError;
            }
        }
        else
        {
            stdout.Write(text);
        }
        return configErrors.Length > 0 ? CommandLine.UsageError : CommandLine.Clean;
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

    private static string? WriteAtomically(string path, string text)
    {
        string temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllText(temporary, text);
            File.Move(temporary, path, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            return $"cannot write '{path}': {e.Message}";
        }
    }

    /// <summary>Reads <c>report</c>'s arguments (until main's System.CommandLine parser takes them over).</summary>
    public static Options? Parse(string[] args, TextWriter stderr)
    {
        var paths = new List<string>();
        var options = new Options(paths, "text", null, false, null, null);
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            string? Value() => i + 1 < args.Length ? args[++i] : null;
            switch (arg)
            {
                case "--format" or "-f":
                    string? format = Value();
                    if (format is null || !Formats.Contains(format))
                    {
                        CommandLine.Fail(stderr, $"report: --format must be one of {string.Join(", ", Formats)}, not '{format}'");
                        return null;
                    }
                    options = options with { Format = format };
                    break;
                case "-o" or "--output":
                    if (Value() is not { } output)
                    {
                        CommandLine.Fail(stderr, $"report: {arg} needs a file");
                        return null;
                    }
                    options = options with { Output = output };
                    break;
                case "--redact":
                    options = options with { Redact = true };
                    break;
                case "--config":
                    if (Value() is not { } config)
                    {
                        CommandLine.Fail(stderr, "report: --config needs a file");
                        return null;
                    }
                    options = options with { Config = config };
                    break;
                case "--today":
                    string? day = Value();
                    if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly today))
                    {
                        CommandLine.Fail(stderr, $"report: --today needs a date such as 2024-06-01, not '{day}'");
                        return null;
                    }
                    options = options with { Today = today };
                    break;
                default:
                    if (arg.StartsWith('-') && arg.Length > 1)
                    {
                        CommandLine.Fail(stderr, $"report: unknown option '{arg}'");
                        return null;
                    }
                    paths.Add(arg);
                    break;
            }
        }
        return options;
    }
}
