namespace DossierLsp.Core.Config;

/// <summary>The candidate's private preferences that profile rules check dossiers against.</summary>
public sealed record Profile
{
    public Sourced<decimal>? MinimumSalary { get; init; }
    public Sourced<string> Currency { get; init; } = new("USD", ValueSource.Default);
    public Sourced<decimal> HoursPerYear { get; init; } = new(2080m, ValueSource.Default);
    public Sourced<IReadOnlyList<string>>? PreferredLocations { get; init; }
    /// <summary>Currency code → how many profile-currency units one unit is worth.</summary>
    public IReadOnlyDictionary<string, Sourced<decimal>> ExchangeRates { get; init; } = new Dictionary<string, Sourced<decimal>>(StringComparer.OrdinalIgnoreCase);

    public static readonly Profile Empty = new();
}
