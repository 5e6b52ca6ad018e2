using System.Text.Json;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Config;
using DossierLsp.Core.Pipeline;
using DossierLsp.Core.Rules;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;
using DossierLsp.Server.Hosting;

namespace DossierLsp.Cli;

/// <summary><c>dossier lint</c>: files in, findings out. All checking is the core's.</summary>
internal static class LintCommand
{
    private sealed record Options(List<string> Paths, string? Config, bool Json, int? MaxWarnings, bool Quiet, bool Explain, bool Fix);

    /// <summary>One printed line: a finding, or a file that could not be read or written ("file-unreadable", "file-unwritable").</summary>
    private sealed record Row(string File, LinePosition Start, LinePosition End, Severity Severity, string Rule, string Message);

    private sealed record FileResult(FileDiscovery.Target Target, bool Linted, string Reason, IReadOnlyList<Row> Rows, int Fixed = 0, DossierSummary? Summary = null);

    // Enough for fixes that only become applicable after another (overlapping) one; real files need one or two.

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (ParseOptions(args, stderr) is not { } options)
        {
            return CommandLine.UsageError;
        }
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
        var workspace = new DossierWorkspace(FileSystemConfigHost.Instance, configPath: configPath);

        var results = new FileResult[targets.Count];
        Parallel.For(0, targets.Count, i => results[i] = LintFile(workspace, targets[i], options.Fix));
        AddCrossDossierFindings(results);

        var configErrors = targets
            .SelectMany(t => workspace.ConfigurationErrors(t.FullPath))
            .Distinct()
            .OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column)
            .ToArray();
        foreach (ConfigError error in configErrors)
        {
            stderr.WriteLine($"{error.File}:{error.Line}:{error.Column}: error: {error.Message}");
        }

        var rows = results.SelectMany(r => r.Rows)
            .Where(r => !options.Quiet || r.Severity == Severity.Error)
            .ToArray();
        if (options.Json)
        {
            WriteJson(stdout, rows);
        }
        else
        {
            if (options.Explain)
            {
                Explain(stdout, workspace, results);
            }
            WriteText(stdout, rows, results);
        }

        int errors = results.Sum(r => r.Rows.Count(x => x.Severity == Severity.Error));
        int warnings = results.Sum(r => r.Rows.Count(x => x.Severity == Severity.Warning));
        if (configErrors.Length > 0)
        {
            return CommandLine.UsageError;
        }
        return errors > 0 || warnings > (options.MaxWarnings ?? int.MaxValue) ? CommandLine.Findings : CommandLine.Clean;
    }

    private static FileResult LintFile(DossierWorkspace workspace, FileDiscovery.Target target, bool fix)
    {
        TextDecoding.Decoded decoded = BoundedFileReader.ReadDossier(target.FullPath);
        if (decoded.Text is null)
        {
            return FileError(target, NonRuleFindings.FileUnreadable, decoded.Error!, decoded.ErrorLine, decoded.ErrorColumn);
        }
        var text = new SourceText(decoded.Text);
        DocumentAnalysis analysis = workspace.Analyze(target.FullPath, text, target.Explicit);
        int fixedCount = 0;
        if (fix)
        {
            FixAllResult fixedAll = FixAll.Apply(analysis, t => workspace.Analyze(target.FullPath, t, target.Explicit));
            (analysis, fixedCount, text) = (fixedAll.Analysis, fixedAll.Applied, fixedAll.Text);
        }
        if (fixedCount > 0 && WriteAtomically(target.FullPath, text.Text, decoded.HadBom) is { } writeError)
        {
            return FileError(target, NonRuleFindings.FileUnwritable, writeError, 1, 1);
        }
        var rows = analysis.Findings
            .Select(f => new Row(target.DisplayPath, text.GetPosition(f.Span.Start), text.GetPosition(f.Span.End), f.Severity, f.RuleId, f.Message))
            .ToArray();
        return new FileResult(target, analysis.IsDossier, analysis.AssociationReason, rows, fixedCount, DossierIndex.Summarize(target.FullPath, analysis, null));
    }

    /// <summary>The files checked together are compared too (duplicates); their findings join each file's own, in position order.</summary>
    private static void AddCrossDossierFindings(FileResult[] results)
    {
        var byPath = CrossDossierAnalyzer.Analyze(results.Select(r => r.Summary).OfType<DossierSummary>()).ToLookup(f => f.Path, StringComparer.Ordinal);
        for (int i = 0; i < results.Length; i++)
        {
            FileResult result = results[i];
            if (!byPath.Contains(result.Target.FullPath))
            {
                continue;
            }
            var crossRows = byPath[result.Target.FullPath].Select(f => new Row(result.Target.DisplayPath, f.Start, f.End, f.Finding.Severity, f.Finding.RuleId, f.Finding.Message));
            results[i] = result with { Rows = result.Rows.Concat(crossRows).OrderBy(r => r.Start.Line).ThenBy(r => r.Start.Character).ThenBy(r => r.Rule, StringComparer.Ordinal).ToArray() };
        }
    }

    /// <summary>
    /// Replaces the file through a temporary file beside it, so an interrupted write never leaves half a dossier;
    /// keeps the byte-order mark and the file's permissions. Line endings are kept by the fixes themselves.
    /// </summary>
    private static string? WriteAtomically(string path, string text, bool bom)
    {
        string temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: bom));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            }
            File.Move(temporary, path, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            return $"cannot write the fixes: {e.Message}";
        }
    }

    private static FileResult FileError(FileDiscovery.Target target, NonRuleFinding problem, string message, int line, int column)
    {
        var at = new LinePosition(line - 1, column - 1);
        return new FileResult(target, true, problem.Id, [new Row(target.DisplayPath, at, at, problem.Severity, problem.Id, message)]);
    }

    /// <summary>Why each file was linted or skipped, and every setting in force with where it came from.</summary>
    private static void Explain(TextWriter stdout, DossierWorkspace workspace, FileResult[] results)
    {
        foreach (FileResult result in results)
        {
            stdout.WriteLine($"{result.Target.DisplayPath}: {(result.Linted ? "linted" : "skipped")}: {result.Reason}");
        }
        foreach (DossierConfig config in results.Select(r => workspace.ConfigurationFor(r.Target.FullPath)).Distinct())
        {
            stdout.WriteLine($"config: {config.Path ?? "(none found; defaults)"}");
            stdout.WriteLine($"  schema = {config.Schema.Value} ({config.Schema.Source})");
            foreach (ProfileSetting setting in ProfileKeys.InForce(config.Profile))
            {
                stdout.WriteLine($"  profile.{setting.Name} = {setting.Value} ({setting.Source})");
            }
            foreach (var (rule, level) in config.Rules.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                stdout.WriteLine($"  rules.{rule} = {level.Value.Name()} ({level.Source})");
            }
        }
    }

    private static void WriteText(TextWriter stdout, Row[] rows, FileResult[] results)
    {
        foreach (Row row in rows)
        {
            stdout.WriteLine(FindingLine.Format(row.File, row.Start, row.Severity, row.Rule, row.Message));
        }
        int fixes = results.Sum(r => r.Fixed);
        if (fixes > 0)
        {
            stdout.WriteLine($"fixed {Plural(fixes, "finding")} in {Plural(results.Count(r => r.Fixed > 0), "file")}");
        }
        int checkedFiles = results.Count(r => r.Linted);
        int errors = rows.Count(r => r.Severity == Severity.Error);
        int warnings = rows.Count(r => r.Severity == Severity.Warning);
        int infos = rows.Count(r => r.Severity == Severity.Info);
        stdout.WriteLine($"{Plural(checkedFiles, "file")} checked, {results.Length - checkedFiles} skipped: {Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(infos, "info")}");
    }

    private static void WriteJson(TextWriter stdout, Row[] rows)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (Row row in rows)
            {
                json.WriteStartObject();
                json.WriteString("file", row.File);
                json.WriteNumber("line", row.Start.Line + 1);
                json.WriteNumber("column", row.Start.Character + 1);
                json.WriteNumber("endLine", row.End.Line + 1);
                json.WriteNumber("endColumn", row.End.Character + 1);
                json.WriteString("severity", row.Severity.Name());
                json.WriteString("rule", row.Rule);
                json.WriteString("message", row.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    private static Options? ParseOptions(string[] args, TextWriter stderr)
    {
        var options = new Options([], null, false, null, false, false, false);
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            string? Value()
            {
                if (i + 1 < args.Length)
                {
                    return args[++i];
                }
                CommandLine.Fail(stderr, $"lint: {arg} needs a value");
                return null;
            }
            switch (arg)
            {
                case "--config":
                    if (Value() is not { } config) return null;
                    options = options with { Config = config };
                    break;
                case "--format":
                    string? format = Value();
                    if (format is not ("text" or "json"))
                    {
                        if (format is not null) CommandLine.Fail(stderr, $"lint: --format must be text or json, not '{format}'");
                        return null;
                    }
                    options = options with { Json = format == "json" };
                    break;
                case "--max-warnings":
                    string? max = Value();
                    if (!int.TryParse(max, out int n) || n < 0)
                    {
                        if (max is not null) CommandLine.Fail(stderr, $"lint: --max-warnings needs a whole number of at least 0, not '{max}'");
                        return null;
                    }
                    options = options with { MaxWarnings = n };
                    break;
                case "--quiet":
                    options = options with { Quiet = true };
                    break;
                case "--explain":
                    options = options with { Explain = true };
                    break;
                case "--fix":
                    options = options with { Fix = true };
                    break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        CommandLine.Fail(stderr, $"lint: unknown option '{arg}'");
                        return null;
                    }
                    options.Paths.Add(arg);
                    break;
            }
        }
        return options;
    }
}
