using DossierLsp.Core.Text;
using DossierLsp.Core.Yaml;

namespace DossierLsp.Core.Config;

public sealed record ConfigLoadResult(DossierConfig Config, IReadOnlyList<ConfigError> Errors);

/// <summary>
/// Reads <c>dossier.config.yaml</c> and the private profile, and merges them key by key:
/// defaults &lt; user profile file &lt; the file named by <c>DOSSIER_PROFILE</c> &lt; the workspace config.
/// Every value keeps where it came from. Format: docs/CONFIG.md.
/// </summary>
public static class ConfigLoader
{
    public const string FileName = "dossier.config.yaml";
    public const string ProfileVariable = "DOSSIER_PROFILE";

    /// <summary>The top-level keys of a workspace config.</summary>
    internal static readonly string[] Keys = ["schema", "include", "exclude", "dateOrder", "profile", "rules"];

    /// <summary>The keys of an include written as a mapping.</summary>
    internal static readonly string[] IncludeKeys = ["glob", "schema"];

    /// <summary>The nearest dossier.config.yaml in <paramref name="startDirectory"/> or above it.</summary>
    public static string? FindConfigFile(IConfigHost host, string startDirectory)
    {
        for (string? directory = startDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            string candidate = Path.Combine(directory, FileName);
            try
            {
                if (host.ReadAllText(candidate) is not null)
                {
                    return candidate;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>The user profile, the DOSSIER_PROFILE file and the workspace config (when given), merged.</summary>
    public static ConfigLoadResult Resolve(IConfigHost host, string? configPath)
    {
        var errors = new List<ConfigError>();
        var profile = Profile.Empty;
        if (UserProfilePath(host) is { } userProfile && TryRead(host, userProfile, errors, mustExist: false) is { } userText)
        {
            profile = ParseProfileFile(userText, userProfile, profile, errors);
        }
        if (host.GetEnvironmentVariable(ProfileVariable) is { Length: > 0 } envProfile && TryRead(host, envProfile, errors, mustExist: true) is { } envText)
        {
            profile = ParseProfileFile(envText, envProfile, profile, errors);
        }
        var config = DossierConfig.Default with { Profile = profile };
        if (configPath is not null && TryRead(host, configPath, errors, mustExist: true) is { } configText)
        {
            config = ParseInto(configText, configPath, config, errors);
        }
        return new ConfigLoadResult(config, errors);
    }

    /// <summary>One config file on its own (defaults below it).</summary>
    public static ConfigLoadResult Parse(string yamlText, string path)
    {
        var errors = new List<ConfigError>();
        return new ConfigLoadResult(ParseInto(yamlText, path, DossierConfig.Default, errors), errors);
    }

    /// <summary>The profile files <see cref="Resolve"/> reads, when they exist: the user profile, then DOSSIER_PROFILE's.</summary>
    public static IEnumerable<string> ProfilePaths(IConfigHost host) =>
        new[] { UserProfilePath(host), host.GetEnvironmentVariable(ProfileVariable) is { Length: > 0 } named ? named : null }.OfType<string>();

    /// <summary>The user-level profile file: <c>$XDG_CONFIG_HOME/dossier/profile.yaml</c>, else under <c>~/.config</c>.</summary>
    public static string? UserProfilePath(IConfigHost host)
    {
        string? configHome = host.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } xdg ? xdg
            : host.HomeDirectory is { } home ? Path.Combine(home, ".config") : null;
        return configHome is null ? null : Path.Combine(configHome, "dossier", "profile.yaml");
    }

    private static string? TryRead(IConfigHost host, string path, List<ConfigError> errors, bool mustExist)
    {
        try
        {
            string? text = host.ReadAllText(path);
            if (text is null && mustExist)
            {
                errors.Add(new ConfigError(path, 1, 1, "file not found"));
            }
            return text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(ConfigError.Unreadable(path, e));
            return null;
        }
    }

    private static DossierConfig ParseInto(string text, string path, DossierConfig config, List<ConfigError> errors)
    {
        var read = new YamlValueReader(path, errors);
        string baseDirectory = Path.GetDirectoryName(path) ?? ".";
        config = config with { Path = path, BaseDirectory = baseDirectory };
        YamlNode? root = YamlValueReader.Parse(text, path, errors);
        if (root is null || read.Mapping(root, "the config") is not { } top)
        {
            return config;
        }
        read.CheckKeys(top, "the config", Keys);

        if (top["schema"] is { } schemaNode && read.String(schemaNode, "schema") is { } schema)
        {
            if (schema.Trim().Length == 0)
            {
                read.Error(schemaNode, "schema is empty: name a built-in schema (such as job-dossier) or a schema file, or leave the key out");
            }
            else
            {
                config = config with { Schema = new(SchemaReference(schema, baseDirectory), read.SourceOf(schemaNode)) };
            }
        }
        if (top["include"] is { } includeNode)
        {
            config = config with { Include = ReadIncludes(read, includeNode, baseDirectory) };
        }
        if (read.StringList(top["exclude"], "exclude") is { } exclude)
        {
            config = config with { Exclude = exclude };
        }
        if (top["dateOrder"] is { } orderNode && read.String(orderNode, "dateOrder") is { } order)
        {
            if (order is "mdy" or "dmy")
            {
                config = config with { DateOrder = new(order == "mdy" ? DateOrder.MonthDayYear : DateOrder.DayMonthYear, read.SourceOf(orderNode)) };
            }
            else
            {
                read.Error(orderNode, $"dateOrder must be mdy or dmy, not '{order}'");
            }
        }
        if (read.Mapping(top["profile"], "profile") is { } profile)
        {
            config = config with { Profile = ProfileKeys.Read(read, profile, config.Profile) };
        }
        if (read.Mapping(top["rules"], "rules") is { } rules)
        {
            config = config with { Rules = ReadRules(read, rules, config.Rules) };
        }
        return config;
    }

    private static IReadOnlyList<IncludePattern> ReadIncludes(YamlValueReader read, YamlNode node, string baseDirectory)
    {
        var includes = new List<IncludePattern>();
        IEnumerable<YamlNode> items = node is YamlSequence sequence ? sequence.Items : [node];
        foreach (YamlNode item in items)
        {
            if (item is YamlScalar { IsNull: false } glob)
            {
                includes.Add(new IncludePattern(glob.Value, null));
            }
            else if (item is YamlMapping mapping)
            {
                read.CheckKeys(mapping, "an include", IncludeKeys);
                if (read.RequiredString(mapping, "glob", "an include") is { } pattern)
                {
                    string? schema = read.String(mapping["schema"], "schema");
                    includes.Add(new IncludePattern(pattern, schema is null ? null : SchemaReference(schema, baseDirectory)));
                }
            }
            else
            {
                read.Error(item, "include must be a list of globs or of { glob, schema }");
            }
        }
        return includes;
    }

    /// <summary>
    /// A name without a path separator or .yaml/.yml ending is a built-in schema's name; anything else is a path,
    /// made absolute against the config's folder.
    /// </summary>
    private static string SchemaReference(string schema, string baseDirectory)
    {
        bool isPath = schema.Contains('/') || schema.Contains('\\') || schema.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || schema.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
        return isPath ? Path.GetFullPath(schema, baseDirectory) : schema;
    }

    /// <summary>A profile file holds the profile keys at the top level (or under <c>profile:</c>).</summary>
    private static Profile ParseProfileFile(string text, string path, Profile profile, List<ConfigError> errors)
    {
        var read = new YamlValueReader(path, errors);
        if (YamlValueReader.Parse(text, path, errors) is not { } root || read.Mapping(root, "a profile") is not { } top)
        {
            return profile;
        }
        if (top.Entries.Count == 1 && top["profile"] is { } nested)
        {
            return read.Mapping(nested, "profile") is { } inner ? ProfileKeys.Read(read, inner, profile) : profile;
        }
        return ProfileKeys.Read(read, top, profile);
    }

    private static IReadOnlyDictionary<string, Sourced<RuleLevel>> ReadRules(YamlValueReader read, YamlMapping rules, IReadOnlyDictionary<string, Sourced<RuleLevel>> existing)
    {
        var merged = new Dictionary<string, Sourced<RuleLevel>>(existing, StringComparer.OrdinalIgnoreCase);
        foreach (var (rule, levelNode) in rules.Entries)
        {
            string? text = read.String(levelNode, $"rules.{rule.Value}");
            if (RuleLevelNames.Parse(text) is { } value)
            {
                merged[rule.Value] = new(value, read.SourceOf(levelNode));
            }
            else
            {
                read.Error(levelNode, $"rules.{rule.Value} must be {RuleLevelNames.Expected}, not '{text}'");
            }
        }
        return merged;
    }
}
