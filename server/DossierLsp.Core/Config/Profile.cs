namespace DossierLsp.Core.Config;

/// <summary>The candidate's private preferences that profile rules check dossiers against.</summary>
public sealed record Profile
{
    public Sourced<decimal>? MinimumSalary { get; init; }
    public Sourced<string> Currency { get; init; } = new("USD", ValueSource.Default);
    public Sourced<decimal> HoursPerYear { get; init; } = new(2080m, ValueSource.Default);
    public Sourced<IReadOnlyList<string>>? PreferredLocations { get; init; }
    /// <summary>Days after the latest date of an application in progress before the report says a follow-up is due.</summary>
    public Sourced<int> FollowUpAfterDays { get; init; } = new(7, ValueSource.Default);
    /// <summary>Days a RESEARCHING or PREPARED dossier may go untouched before the report calls it stale.</summary>
    public Sourced<int> StaleAfterDays { get; init; } = new(21, ValueSource.Default);
    /// <summary>Currency code → how many profile-currency units one unit is worth.</summary>
    public IReadOnlyDictionary<string, Sourced<decimal>> ExchangeRates { get; init; } = new Dictionary<string, Sourced<decimal>>(StringComparer.OrdinalIgnoreCase);
    /// <summary>Messages say "your minimum" instead of the amount, and nothing from which it could be worked out (CI logs).</summary>
    public bool Redacted { get; init; }

    public static readonly Profile Empty = new();
}
