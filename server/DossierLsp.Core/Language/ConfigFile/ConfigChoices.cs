using DossierLsp.Core.Rules;

namespace DossierLsp.Core.Language.ConfigFile;

/// <summary>A key that may be written at some place of a config file, with what its hover and completion say.</summary>
internal sealed record KeyChoice(string Name, string? Detail, string Documentation, ConfigValue Value);

/// <summary>The config format as places: which keys a mapping at a path holds and what a key's value is.</summary>
internal static class ConfigChoices
{
    /// <summary>The keys of the mapping at <paramref name="path"/> (see <see cref="ConfigPlace.Path"/>); empty where keys are free.</summary>
    public static IReadOnlyList<KeyChoice> KeysAt(IReadOnlyList<string> path) => string.Join("/", path) switch
    {
        "" => Documented(ConfigKeys.Workspace, "dossier.config.yaml", "dossierconfigyaml"),
        "profile" => Documented(ConfigKeys.Profile, "profile", "the-profile"),
        "include/-" => Documented(ConfigKeys.Include, "an include", "dossierconfigyaml"),
        "rules" => [.. RuleCatalog.All.Select(Rule)],
        "profile/exchangeRates" => [.. Values.MoneyAmount.KnownCurrencies.Select(c => new KeyChoice(c, "exchange rate", $"How many units of your profile `currency` one {c} is worth.", ConfigValue.Text))],
        _ => [],
    };

    /// <summary>What the value of <paramref name="key"/> in the mapping at <paramref name="path"/> is.</summary>
    public static ConfigValue ValueOf(IReadOnlyList<string> path, string key) =>
        path is ["rules"] ? ConfigValue.Level
        : KeysAt(path).FirstOrDefault(k => k.Name == key)?.Value ?? ConfigValue.Text;

    private static KeyChoice[] Documented(IReadOnlyList<ConfigKey> keys, string where, string anchor) =>
        [.. keys.Select(k => new KeyChoice(k.Name, k.Default.Length > 0 ? $"default {k.Default.Trim('`')}" : null, ConfigKeys.Hover(k, where, anchor), k.Value))];

    private static KeyChoice Rule(Rule rule)
    {
        string severity = rule.DefaultSeverity.ToString().ToLowerInvariant();
        return new KeyChoice(rule.Id, $"rule · default {severity}",
            $"**`{rule.Id}`** (rule) · default {severity}\n\n{rule.Summary}\n\n[docs/RULES.md]({RuleDocs.Link(rule.Id)})", ConfigValue.Level);
    }
}
