using System.Collections.Concurrent;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Config;
using DossierLsp.Core.Document;
using DossierLsp.Core.Rules;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;
using Microsoft.Extensions.FileSystemGlobbing;

namespace DossierLsp.Core.Workspace;

/// <summary>
/// Finds the configuration and schema in force for a path (through an injected host, never the file system directly),
/// caches them, and analyses documents. Thread-safe: analyses of different documents may run in parallel.
/// </summary>
/// <remarks>
/// Which files are dossiers, in priority order: (1) an in-file marker (front matter <c>dossier: NAME</c> or a first-line
/// <c>&lt;!-- dossier: NAME --&gt;</c>; <c>off</c> opts out); (2) the config's exclude globs, then its include globs (with their
/// schema) — a config with include globs claims exactly the files they match; (3) otherwise a title matching a known schema's
/// title pattern; (4) otherwise its content, read against the config's schema (<see cref="DossierContent"/>): a title that is
/// a variant of the schema's, or enough schema fields or sections. A file named explicitly (on a command line) that (3) and
/// (4) skip gets one "not a dossier; skipped" warning saying why.
/// The config is <paramref name="configPath"/> when given, else the nearest dossier.config.yaml above the document.
/// </remarks>
public sealed partial class DossierWorkspace(IConfigHost host, Func<DateOnly>? today = null, string? configPath = null)
{
    public const string OptOut = "off";

    private readonly Func<DateOnly> _today = today ?? (() => DateOnly.FromDateTime(DateTime.Now));
    private readonly ConcurrentDictionary<string, ConfigContext> _contexts = new(StringComparer.Ordinal);
    // Per keystroke the config lookup must not walk the file system again.
    private readonly ConcurrentDictionary<string, string?> _configFileByDirectory = new(StringComparer.Ordinal);
    // A schema that breaks while being edited must not take every open dossier's checks with it.
    private readonly ConcurrentDictionary<string, DossierSchema> _lastGoodSchemas = new(StringComparer.Ordinal);
    // Schema files named by markers and include globs, read once per configuration rather than per keystroke.
    private readonly ConcurrentDictionary<string, (DossierSchema? Schema, ConfigError[] Errors)> _schemaFiles = new(StringComparer.Ordinal);
    private SettingsOverlay _overlay = SettingsOverlay.None;
    // Bumped whenever cached configuration goes stale, so a context loaded meanwhile under old settings is not kept.
    private int _generation;

    /// <summary>Editor settings laid over the files' configuration.</summary>
    public void SetOverlay(SettingsOverlay overlay)
    {
        _overlay = overlay;
        Interlocked.Increment(ref _generation);
        _contexts.Clear();
    }

    /// <summary>A built-in schema by name, or a schema file by path (relative to <paramref name="baseDirectory"/>), cached.</summary>
    private DossierSchema? SchemaFor(string nameOrPath, string? baseDirectory, List<ConfigError> errors)
    {
        string key = baseDirectory is null || SchemaLoader.BuiltInNames.Contains(nameOrPath, StringComparer.OrdinalIgnoreCase)
            ? nameOrPath
            : Path.GetFullPath(nameOrPath, baseDirectory);
        var (schema, schemaErrors) = _schemaFiles.GetOrAdd(key, _ =>
        {
            var found = new List<ConfigError>();
            return (LoadSchema(nameOrPath, baseDirectory, found), found.ToArray());
        });
        errors.AddRange(schemaErrors);
        return schema;
    }

    /// <summary>Forget cached configs and schemas (a config or schema file changed, appeared or went away).</summary>
    public void InvalidateConfiguration()
    {
        Interlocked.Increment(ref _generation);
        _configFileByDirectory.Clear();
        _schemaFiles.Clear();
        _contexts.Clear();
    }

    /// <summary>Problems with the config and schema in force for <paramref name="path"/>.</summary>
    public IReadOnlyList<ConfigError> ConfigurationErrors(string path) => ContextFor(path).Errors;

    /// <summary>The config in force for <paramref name="path"/>, with where each value came from.</summary>
    public DossierConfig ConfigurationFor(string path) => ContextFor(path).Config;

    /// <summary>The schema a dossier at <paramref name="path"/> gets when nothing else names one.</summary>
    public DossierSchema DefaultSchemaFor(string path) => ContextFor(path).Schema;

    /// <summary>The schema for a new dossier created in <paramref name="folder"/>: the one its config names.</summary>
    public DossierSchema SchemaForNewDossier(string folder) => ContextForDirectory(folder).Schema;

    /// <summary>Whether a change to <paramref name="pathOrUri"/> can change a config or schema: they are YAML files.</summary>
    public static bool IsConfigurationFile(string pathOrUri) =>
        pathOrUri.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || pathOrUri.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when the config in force excludes every Markdown file under <paramref name="directory"/> (an exclude glob
    /// such as <c>archive/**</c> covers it), so a walk of the workspace need not enter it. Files there are not read at
    /// all, so an in-file marker inside such a folder is not seen either.
    /// </summary>
    public bool ExcludesFolder(string directory)
    {
        ConfigContext context = ContextForDirectory(directory);
        if (context.Config.BaseDirectory is not { } baseDirectory || context.Config.Exclude.Count == 0)
        {
            return false;
        }
        string relative = Path.GetRelativePath(baseDirectory, directory).Replace('\\', '/');
        return relative != "." && !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative)
            && context.ExcludeFolders.Match(relative).HasMatches;
    }

    /// <summary>Analyse <paramref name="text"/> as the document at absolute <paramref name="path"/>.</summary>
    /// <param name="explicitlyNamed">The user named this file (on a command line): lint it even if the config's globs leave it out, and say why when it is skipped.</param>
    public DocumentAnalysis Analyze(string path, SourceText text, bool explicitlyNamed = false)
    {
        DateOnly today = _today();
        ConfigContext context = ContextFor(path);
        DossierDocument document = DossierParser.Parse(text);
        Association association = Associate(path, document, context, explicitlyNamed);
        if (!association.IsDossier)
        {
            // A file the user named gets one line saying why it was skipped, not silence and not a page of errors.
            Finding[] skipped = explicitlyNamed ? [NonRuleFindings.NotADossier.At(new TextSpan(0, 0), $"not a dossier; skipped: {association.Reason}")] : [];
            return new DocumentAnalysis { Text = text, AssociationReason = association.Reason, Findings = skipped, Today = today };
        }

        var errors = new List<ConfigError>();
        DossierSchema schema = association.Schema is { } name && (document.Marker is null || MarkerMayName(name, path, context, errors))
            ? SchemaFor(name, Path.GetDirectoryName(path), errors) ?? context.Schema
            : context.Schema;
        BoundDocument bound = BoundDocument.Bind(document, schema, context.Config, association.Title is { } title && title.Schema == schema ? title.Match : null);
        IReadOnlyList<Finding> findings = DossierAnalyzer.Analyze(bound, today);
        if (errors.Count > 0)
        {
            // A marker naming a broken or missing schema is a problem of this document: say so on its first line.
            findings = Finding.InDocumentOrder([NonRuleFindings.SchemaUnavailable.At(new TextSpan(0, 0), Excerpt.InMessage(string.Join("; ", errors.Select(e => e.ToString())))), .. findings]);
        }
        return new DocumentAnalysis { Text = text, AssociationReason = association.Reason, Bound = bound, Findings = findings, Today = today };
    }

    /// <summary>
    /// A marker is part of a file's content (a pull request can write one), so it may name only a built-in schema or a file
    /// inside the config's folder (the dossier's own folder without a config), after resolving links and <c>..</c>.
    /// </summary>
    private bool MarkerMayName(string name, string path, ConfigContext context, List<ConfigError> errors)
    {
        if (SchemaLoader.BuiltInNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }
        string dossierDirectory = Path.GetDirectoryName(path) ?? ".";
        string folder = context.Config.BaseDirectory ?? dossierDirectory;
        string root = host.ResolvePath(folder) ?? Path.GetFullPath(folder);
        string candidate = Path.GetFullPath(name, dossierDirectory);
        // A missing file is reported by the schema lookup, as for any other schema reference.
        string target = host.ResolvePath(candidate) ?? candidate;
        if (target.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return true;
        }
        errors.Add(new ConfigError(path, 1, 1, $"the marker names schema '{Excerpt.Of(name)}', which is outside {root}: "
            + $"a marker may name only a built-in schema ({string.Join(", ", SchemaLoader.BuiltInNames)}) or a schema file inside that folder"));
        return false;
    }

    private ConfigContext ContextFor(string path) => ContextForDirectory(Path.GetDirectoryName(path));

    private ConfigContext ContextForDirectory(string? directory)
    {
        // Asked for every file: the factories take their state as an argument, so a cached answer allocates no closure.
        string? found = configPath ?? (directory is null ? null : _configFileByDirectory.GetOrAdd(directory, static (d, host) => ConfigLoader.FindConfigFile(host, d), host));
        int generation = Volatile.Read(ref _generation);
        ConfigContext context = _contexts.GetOrAdd(found ?? "", static (_, load) => load.Workspace.LoadContext(load.Found, load.Generation), (Workspace: this, Found: found, Generation: generation));
        if (context.Generation != generation)
        {
            context = _contexts[found ?? ""] = LoadContext(found, generation);
        }
        return context;
    }

    private ConfigContext LoadContext(string? configPath, int generation)
    {
        ConfigLoadResult loaded = ConfigLoader.Resolve(host, configPath);
        var errors = loaded.Errors.Concat(UnknownRules(loaded.Config)).ToList();
        DossierConfig config = ApplyOverlay(loaded.Config, _overlay);
        DossierSchema schema = SchemaFor(config.Schema.Value, config.BaseDirectory, errors) ?? SchemaLoader.BuiltIn();
        return new ConfigContext(config, schema, errors, generation);
    }

    private DossierSchema? LoadSchema(string nameOrPath, string? baseDirectory, List<ConfigError> errors)
    {
        if (SchemaLoader.BuiltInNames.Contains(nameOrPath, StringComparer.OrdinalIgnoreCase))
        {
            return SchemaLoader.BuiltIn(nameOrPath);
        }
        string path = baseDirectory is null ? nameOrPath : Path.GetFullPath(nameOrPath, baseDirectory);
        string? text;
        try
        {
            text = host.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(ConfigError.Unreadable(path, e));
            return _lastGoodSchemas.GetValueOrDefault(path);
        }
        if (text is null)
        {
            errors.Add(new ConfigError(path, 1, 1, $"schema '{nameOrPath}' is neither a built-in schema ({Text.Quote.List(SchemaLoader.BuiltInNames)}) nor an existing file"));
            return _lastGoodSchemas.GetValueOrDefault(path);
        }
        SchemaLoadResult result = SchemaLoader.Load(text, path);
        errors.AddRange(result.Errors);
        if (result.Schema is null)
        {
            return _lastGoodSchemas.GetValueOrDefault(path);
        }
        _lastGoodSchemas[path] = result.Schema;
        return result.Schema;
    }

    /// <summary>A rule id under <c>rules:</c> that names no rule turns nothing off: say so where it is written.</summary>
    private static IEnumerable<ConfigError> UnknownRules(DossierConfig config) =>
        from entry in config.Rules
        where RuleCatalog.Find(entry.Key) is null && entry.Value.Source.File is not null
        let closest = Spelling.Closest(entry.Key, RuleCatalog.All.Select(r => r.Id))
        select new ConfigError(entry.Value.Source.File!, entry.Value.Source.Line, entry.Value.Source.Column,
            $"rules: '{Excerpt.Of(entry.Key)}' is not a rule{(closest is null ? "; `dossier rules` lists them" : $"; did you mean '{closest}'?")}");

    private static DossierConfig ApplyOverlay(DossierConfig config, SettingsOverlay overlay)
    {
        if (overlay == SettingsOverlay.None)
        {
            return config;
        }
        var editor = new ValueSource("editor settings");
        Profile profile = ProfileKeys.Overlay(config.Profile, overlay.Profile, editor);
        if (overlay.Redact)
        {
            profile = profile with { Redacted = true };
        }
        var rules = new Dictionary<string, Sourced<RuleLevel>>(config.Rules, StringComparer.OrdinalIgnoreCase);
        foreach (var (rule, level) in overlay.Rules)
        {
            rules[rule] = new Sourced<RuleLevel>(level, editor);
        }
        return config with { Profile = profile, Rules = rules };
    }

    private sealed class ConfigContext(DossierConfig config, DossierSchema schema, IReadOnlyList<ConfigError> errors, int generation)
    {
        public int Generation { get; } = generation;
        private readonly (IncludePattern Pattern, Matcher Matcher)[] _includes = config.Include.Select(p => (p, MatcherFor([p.Glob]))).ToArray();

        public DossierConfig Config { get; } = config;
        public DossierSchema Schema { get; } = schema;
        public IReadOnlyList<ConfigError> Errors { get; } = errors;
        public Matcher Exclude { get; } = MatcherFor(config.Exclude);
        /// <summary>The exclude globs that cover whole folders (<c>P/**</c>, <c>P/**/*</c>, <c>P/**/*.md</c>), as globs for the folder <c>P</c> and those below it.</summary>
        public Matcher ExcludeFolders { get; } = MatcherFor(config.Exclude.Select(FolderOf).OfType<string>().SelectMany(folder => new[] { folder, folder + "/**" }));

        private static string? FolderOf(string glob) =>
            WholeFolderSuffixes.FirstOrDefault(suffix => glob.Length > suffix.Length && glob.EndsWith(suffix, StringComparison.Ordinal)) is { } found
                ? glob[..^found.Length]
                : null;

        private static readonly string[] WholeFolderSuffixes = ["/**/*.md", "/**/*", "/**"];

        public IncludePattern? IncludeMatching(string relativePath) =>
            _includes.FirstOrDefault(i => i.Matcher.Match(relativePath).HasMatches).Pattern;

        private static Matcher MatcherFor(IEnumerable<string> globs)
        {
            var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
            foreach (string glob in globs)
            {
                matcher.AddInclude(glob);
            }
            return matcher;
        }
    }
}
