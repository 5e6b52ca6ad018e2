using System.Text;
using DossierLsp.Core.Config;
using DossierLsp.Core.Rules;

namespace DossierLsp.Core.Language.ConfigFile;

/// <summary>What a key's value is, so completion knows what to offer there and which keys lie below it.</summary>
/// <remarks><see cref="Rules"/> and <see cref="ExchangeRates"/> are mappings of rule ids to levels and of currencies to rates.</remarks>
internal enum ConfigValue { Text, Schema, Globs, DateOrder, Profile, Rules, Level, Currency, ExchangeRates }

/// <summary>One documented key of <c>dossier.config.yaml</c> or of the profile.</summary>
internal sealed record ConfigKey(string Name, string Default, string Description, ConfigValue Value = ConfigValue.Text);

/// <summary>
/// The documentation of the config's keys: the one home of the text that the config file's hover shows and that
/// docs/CONFIG.md's table of them and schemas/dossier-config.json's descriptions are generated from (tests keep both in
/// step, and check the names against what <see cref="ConfigLoader"/> reads). The profile's keys are documented in <see cref="ProfileKeys"/>, which reads them.
/// </summary>
internal static class ConfigKeys
{
    public static readonly IReadOnlyList<ConfigKey> Workspace =
    [
        new("schema", "`job-dossier`", "The schema dossiers follow. A value containing `/` or `\\`, or ending in `.yaml` or `.yml`, is a path to a schema file, relative to the config's folder; anything else is the name of a built-in schema. Format of schema files: [SCHEMA.md](SCHEMA.md).", ConfigValue.Schema),
        new("include", "none", "Globs of the files that are dossiers, relative to the config's folder. Each item is a glob, or a mapping `{ glob, schema }` giving the files it matches their own schema (resolved like `schema`). One glob may be written without a list. See [which files are dossiers](#which-files-are-dossiers).", ConfigValue.Globs),
        new("exclude", "none", "Globs of files that are not dossiers, relative to the config's folder; a list, or one glob.", ConfigValue.Globs),
        new("dateOrder", "`mdy`", "How slashed or dashed numeric dates such as `05/01/2024` are read: `mdy` (May 1) or `dmy` (5 January). Dotted dates (`05.01.2024`) are always day first, and other forms are unambiguous. Until you set it, a numeric date that reads both ways gets a `date-ambiguous` info naming both readings.", ConfigValue.DateOrder),
        new("profile", "see below", "Profile values; they override the profile files key by key.", ConfigValue.Profile),
        new("rules", "none", "Rule id → `error`, `warning`, `info` or `off` (`false` also means off), overriding the rule's default severity. `dossier rules` lists the rule ids.", ConfigValue.Rules),
    ];

    /// <summary>The profile's keys, documented where they are read (<see cref="ProfileKeys"/>).</summary>
    public static readonly IReadOnlyList<ConfigKey> Profile =
        [.. ProfileKeys.All.Select(k => new ConfigKey(k.Name, k.Default == "none" ? "none" : $"`{k.Default}`", k.Description, k.Name switch
        {
            "currency" => ConfigValue.Currency,
            "exchangeRates" => ConfigValue.ExchangeRates,
            _ => ConfigValue.Text,
        }))];

    /// <summary>The keys of an include given as a mapping.</summary>
    public static readonly IReadOnlyList<ConfigKey> Include =
    [
        new("glob", "", "The files this include claims, as a glob relative to the config's folder."),
        new("schema", "", "The schema those files follow, resolved like the top-level `schema`.", ConfigValue.Schema),
    ];

    /// <summary>The keys a mapping of this kind holds, or null when its keys are not fixed names.</summary>
    public static IReadOnlyList<ConfigKey>? KeysOf(ConfigValue value) => value switch
    {
        ConfigValue.Profile => Profile,
        ConfigValue.Globs => Include,
        _ => null,
    };

    /// <summary>The values a key of this kind takes, each with a short description, or none when any value will do.</summary>
    public static IReadOnlyList<(string Value, string? Description)> ValuesOf(ConfigValue value) => value switch
    {
        ConfigValue.Schema => [.. Schema.SchemaLoader.BuiltInNames.Select(n => (n, (string?)"built-in schema"))],
        ConfigValue.DateOrder => [("mdy", "05/01/2024 is May 1"), ("dmy", "05/01/2024 is 5 January")],
        ConfigValue.Currency => [.. Values.MoneyAmount.KnownCurrencies.Select(c => (c, (string?)null))],
        ConfigValue.Level => [.. Enum.GetValues<RuleLevel>().Reverse().Select(l => (l.Name(), (string?)null))],
        _ => [],
    };

    /// <summary>The rows of docs/CONFIG.md's table of <paramref name="keys"/>.</summary>
    public static string MarkdownTable(IReadOnlyList<ConfigKey> keys)
    {
        var table = new StringBuilder("| Key | Default | What it is |\n|---|---|---|\n");
        foreach (ConfigKey key in keys)
        {
            table.Append($"| `{key.Name}` | {key.Default} | {key.Description} |\n");
        }
        return table.ToString();
    }

    /// <summary>
    /// A key's hover: its documentation, with the page's relative links made absolute (a hover has no page to be
    /// relative to), and the docs section it comes from.
    /// </summary>
    public static string Hover(ConfigKey key, string where, string anchor)
    {
        string defaultText = key.Default.Length > 0 ? $" · default {key.Default}" : "";
        return $"**`{key.Name}`** ({where}){defaultText}\n\n{AbsoluteLinks(key.Description)}\n\n[docs/CONFIG.md]({RuleDocs.Documentation}CONFIG.md#{anchor})";
    }

    /// <summary>
    /// Links relative to docs/CONFIG.md (<c>SCHEMA.md</c>, <c>#anchor</c>) made absolute, for text shown away from
    /// the page: the hover, and the JSON Schema's descriptions.
    /// </summary>
    public static string AbsoluteLinks(string markdown)
    {
        var text = new StringBuilder();
        int copied = 0;
        for (int link = markdown.IndexOf("](", StringComparison.Ordinal); link >= 0; link = markdown.IndexOf("](", copied, StringComparison.Ordinal))
        {
            text.Append(markdown, copied, link + 2 - copied);
            copied = link + 2;
            if (!markdown.AsSpan(copied).StartsWith("http", StringComparison.Ordinal))
            {
                text.Append(RuleDocs.Documentation).Append(markdown.AsSpan(copied).StartsWith("#") ? "CONFIG.md" : "");
            }
        }
        return text.Append(markdown, copied, markdown.Length - copied).ToString();
    }
}
