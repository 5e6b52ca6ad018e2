using DossierLsp.Core.Yaml;

namespace DossierLsp.Core.Config;

/// <summary>
/// The profile's keys, in the order files, messages and <c>--explain</c> list them: the one table the config loader,
/// <c>--explain</c> and the JSON Schema test read. A new key is a row here (plus its <see cref="Profile"/> property,
/// the JSON Schema and docs/CONFIG.md).
/// </summary>
public static class ProfileKeys
{
    internal static readonly IReadOnlyList<ProfileKey> All =
    [
        new("minimumSalary",
            (read, node, profile) => read.Number(node, "minimumSalary") is { } value ? profile with { MinimumSalary = new(value, read.SourceOf(node)) } : profile,
            profile => profile.MinimumSalary is { } minimum ? [new("minimumSalary", profile.Redacted ? "(redacted)" : $"{minimum.Value}", minimum.Source)] : []),
        new("currency", ReadCurrency,
            profile => [new("currency", profile.Currency.Value, profile.Currency.Source)]),
        new("hoursPerYear",
            (read, node, profile) => read.Number(node, "hoursPerYear", minimum: 1) is { } value ? profile with { HoursPerYear = new(value, read.SourceOf(node)) } : profile,
            profile => [new("hoursPerYear", $"{profile.HoursPerYear.Value}", profile.HoursPerYear.Source)]),
        new("preferredLocations",
            (read, node, profile) => read.StringList(node, "preferredLocations") is { } list ? profile with { PreferredLocations = new(list, read.SourceOf(node)) } : profile,
            profile => profile.PreferredLocations is { } locations ? [new("preferredLocations", $"[{string.Join(", ", locations.Value)}]", locations.Source)] : []),
        new("exchangeRates", ReadExchangeRates,
            profile => profile.ExchangeRates.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new ProfileSetting($"exchangeRates.{r.Key}", $"{r.Value.Value}", r.Value.Source))),
        new("followUpAfterDays",
            (read, node, profile) => Days(read, node, "followUpAfterDays") is { } days ? profile with { FollowUpAfterDays = new(days, read.SourceOf(node)) } : profile,
            profile => [new("followUpAfterDays", $"{profile.FollowUpAfterDays.Value}", profile.FollowUpAfterDays.Source)]),
        new("staleAfterDays",
            (read, node, profile) => Days(read, node, "staleAfterDays") is { } days ? profile with { StaleAfterDays = new(days, read.SourceOf(node)) } : profile,
            profile => [new("staleAfterDays", $"{profile.StaleAfterDays.Value}", profile.StaleAfterDays.Source)]),
    ];

    public static readonly IReadOnlyList<string> Names = [.. All.Select(k => k.Name)];

    /// <summary>Every profile value in force, for <c>--explain</c>.</summary>
    public static IEnumerable<ProfileSetting> InForce(Profile profile) => All.SelectMany(k => k.InForce(profile));

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
