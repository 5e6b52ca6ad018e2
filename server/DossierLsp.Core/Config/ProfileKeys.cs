using DossierLsp.Core.Yaml;

namespace DossierLsp.Core.Config;

/// <summary>
/// The profile's keys, in the order files, messages, <c>--explain</c> and docs/CONFIG.md list them: the one table the
/// config loader, the editor settings overlay, <c>--explain</c> and the docs and JSON Schema tests read. A new key is a
/// row here plus its <see cref="Profile"/> property and its JSON Schema entry.
/// </summary>
public static class ProfileKeys
{
    internal static readonly IReadOnlyList<ProfileKey> All =
    [
        new("minimumSalary", "number",
            "The lowest annual pay you would accept, in `currency`: a number such as `180000`, `180_000` or `180,000`, at least 0. Without it, the salary rules (`salary-below-minimum`, `salary-straddles-minimum`, `salary-missing`, `salary-currency-unconverted`) stay silent.",
            (read, node, profile) => read.Number(node, "minimumSalary") is { } value ? profile with { MinimumSalary = new(value, read.SourceOf(node)) } : profile,
            profile => profile.MinimumSalary is { } minimum ? [new("minimumSalary", profile.Redacted ? "(redacted)" : $"{minimum.Value}", minimum.Source)] : [])
        {
            FromSetting = (profile, value, source) => value is SettingValue.Number number ? profile with { MinimumSalary = new(number.Value, source) } : profile,
        },
        new("currency", "currency code",
            "Three-letter currency code of `minimumSalary`, and the currency salaries are converted into. Salaries that name no currency are taken to be in it.",
            ReadCurrency,
            profile => [new("currency", profile.Currency.Value, profile.Currency.Source)])
        {
            FromSetting = (profile, value, source) =>
                value is SettingValue.Text text && CurrencyCode.Normalize(text.Value) is { } code ? profile with { Currency = new(code, source) } : profile,
        },
        new("hoursPerYear", "number",
            "Hours a year, to turn hourly pay into annual pay (monthly pay is multiplied by 12). At least 1.",
            (read, node, profile) => read.Number(node, "hoursPerYear", minimum: 1) is { } value ? profile with { HoursPerYear = new(value, read.SourceOf(node)) } : profile,
            profile => [new("hoursPerYear", $"{profile.HoursPerYear.Value}", profile.HoursPerYear.Source)]),
        new("preferredLocations", "list of text",
            "Places you would work, such as `Remote` or `New York`; a list, or one value. A dossier's location field must contain one of them (ignoring case) or `location-not-preferred` reports it.",
            (read, node, profile) => read.StringList(node, "preferredLocations") is { } list ? profile with { PreferredLocations = new(list, read.SourceOf(node)) } : profile,
            profile => profile.PreferredLocations is { } locations ? [new("preferredLocations", $"[{string.Join(", ", locations.Value)}]", locations.Source)] : [])
        {
            FromSetting = (profile, value, source) => value is SettingValue.TextList list ? profile with { PreferredLocations = new(list.Items, source) } : profile,
        },
        new("exchangeRates", "currency code → number",
            "How many units of `currency` one unit of each currency is worth, e.g. `EUR: 1.08` when `currency` is USD. Codes ignore case. Without a rate, a salary in another currency is not compared (`salary-currency-unconverted`). A rate of 0 is ignored.",
            ReadExchangeRates,
            profile => profile.ExchangeRates.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new ProfileSetting($"exchangeRates.{r.Key}", $"{r.Value.Value}", r.Value.Source))),
        new("followUpAfterDays", "whole number",
            "Days after the latest date of an APPLIED, SCREENING or INTERVIEWING dossier (its application date, or a dated line such as `- 2024-05-10: called the recruiter`) before `dossier report` lists a follow-up as due. From 1 to 3650. Never a lint finding: see [REPORT.md](REPORT.md#reminders).",
            (read, node, profile) => Days(read, node, "followUpAfterDays") is { } days ? profile with { FollowUpAfterDays = new(days, read.SourceOf(node)) } : profile,
            profile => [new("followUpAfterDays", $"{profile.FollowUpAfterDays.Value}", profile.FollowUpAfterDays.Source)]),
        new("staleAfterDays", "whole number",
            "Days a RESEARCHING or PREPARED dossier may go untouched (neither the file nor a dated line changed) before `dossier report` calls it stale. From 1 to 3650.",
            (read, node, profile) => Days(read, node, "staleAfterDays") is { } days ? profile with { StaleAfterDays = new(days, read.SourceOf(node)) } : profile,
            profile => [new("staleAfterDays", $"{profile.StaleAfterDays.Value}", profile.StaleAfterDays.Source)]),
    ];

    public static readonly IReadOnlyList<string> Names = [.. All.Select(k => k.Name)];

    /// <summary>Every profile value in force, for <c>--explain</c>.</summary>
    public static IEnumerable<ProfileSetting> InForce(Profile profile) => All.SelectMany(k => k.InForce(profile));

    /// <summary>Lays the editor's values over <paramref name="profile"/>, for the keys an editor setting can set.</summary>
    internal static Profile Overlay(Profile profile, IReadOnlyDictionary<string, SettingValue> settings, ValueSource source)
    {
        foreach (ProfileKey key in All)
        {
            if (key.FromSetting is { } set && settings.TryGetValue(key.Name, out SettingValue? value))
            {
                profile = set(profile, value, source);
            }
        }
        return profile;
    }

    /// <summary>Reads a profile mapping over <paramref name="profile"/>, key by key; unknown keys are errors.</summary>
    internal static Profile Read(YamlValueReader read, YamlMapping mapping, Profile profile)
    {
        read.CheckKeys(mapping, "profile", [.. Names]);
        foreach (ProfileKey key in All)
        {
            if (mapping[key.Name] is { } node)
            {
                profile = key.Read(read, node, profile);
            }
        }
        return profile;
    }

    private static Profile ReadCurrency(YamlValueReader read, YamlNode node, Profile profile)
    {
        if (read.String(node, "currency") is not { } code)
        {
            return profile;
        }
        if (CurrencyCode.Normalize(code) is { } normalized)
        {
            return profile with { Currency = new(normalized, read.SourceOf(node)) };
        }
        read.Error(node, $"currency must be a three-letter code such as USD, not '{code}'");
        return profile;
    }

    private static Profile ReadExchangeRates(YamlValueReader read, YamlNode node, Profile profile)
    {
        if (read.Mapping(node, "exchangeRates") is not { } rates)
        {
            return profile;
        }
        var merged = new Dictionary<string, Sourced<decimal>>(profile.ExchangeRates, StringComparer.OrdinalIgnoreCase);
        foreach (var (currencyKey, rateNode) in rates.Entries)
        {
            if (CurrencyCode.Normalize(currencyKey.Value) is not { } rateCurrency)
            {
                read.Error(currencyKey, $"exchangeRates keys must be three-letter currency codes such as EUR, not '{currencyKey.Value}'");
            }
            else if (read.Number(rateNode, $"exchange rate for {currencyKey.Value}") is { } rate && rate > 0)
            {
                merged[rateCurrency] = new(rate, read.SourceOf(rateNode));
            }
        }
        return profile with { ExchangeRates = merged };
    }

    private static int? Days(YamlValueReader read, YamlNode node, string what)
    {
        if (read.Number(node, what, minimum: 1) is not { } days)
        {
            return null;
        }
        if (days != decimal.Truncate(days) || days > 3650)
        {
            read.Error(node, $"{what} must be a whole number of days from 1 to 3650, not '{days}'");
            return null;
        }
        return (int)days;
    }
}
