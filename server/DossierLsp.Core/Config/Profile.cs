namespace DossierLsp.Core.Config;

/// <summary>Where a configured value came from, for messages and <c>--explain</c>.</summary>
public sealed record ValueSource(string Description, string? File = null, int Line = 0, int Column = 0)
{
    public static readonly ValueSource Default = new("default");

    public override string ToString() => File is null ? Description : $"{File}:{Line}:{Column}";
}

/// <summary>A configured value and where it came from.</summary>
public sealed record Sourced<T>(T Value, ValueSource Source);

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

public enum DateOrder { MonthDayYear, DayMonthYear }

public enum RuleLevel { Off, Info, Warning, Error }

/// <summary>One include glob, optionally tied to a schema.</summary>
public sealed record IncludePattern(string Glob, string? Schema);

/// <summary>A resolved dossier.config.yaml merged with the user-level profile. Paths are absolute.</summary>
public sealed record DossierConfig
{
    /// <summary>The workspace config file, or null when none was found.</summary>
    public string? Path { get; init; }
    /// <summary>Folder that include/exclude globs are relative to.</summary>
    public string? BaseDirectory { get; init; }
    /// <summary>A built-in schema name or an absolute path.</summary>
    public Sourced<string> Schema { get; init; } = new("job-dossier", ValueSource.Default);
    public IReadOnlyList<IncludePattern> Include { get; init; } = [];
    public IReadOnlyList<string> Exclude { get; init; } = [];
    /// <summary>How slashed numeric dates are read; its source tells whether the user chose it (ambiguous dates are reported only if not).</summary>
    public Sourced<DateOrder> DateOrder { get; init; } = new(Config.DateOrder.MonthDayYear, ValueSource.Default);
    public Profile Profile { get; init; } = Profile.Empty;
    public IReadOnlyDictionary<string, Sourced<RuleLevel>> Rules { get; init; } = new Dictionary<string, Sourced<RuleLevel>>(StringComparer.OrdinalIgnoreCase);

    public static readonly DossierConfig Default = new();
}
