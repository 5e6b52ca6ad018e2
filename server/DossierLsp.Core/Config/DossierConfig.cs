namespace DossierLsp.Core.Config;

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
