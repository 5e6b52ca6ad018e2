using DossierLsp.Core.Config;

namespace DossierLsp.Core.Workspace;

/// <summary>
/// Values an editor's settings (LSP <c>workspace/configuration</c> section <c>dossier</c>) lay over the files' configuration.
/// Null members leave the file value in force.
/// </summary>
public sealed record SettingsOverlay
{
    public decimal? MinimumSalary { get; init; }
    public string? Currency { get; init; }
    public IReadOnlyList<string>? PreferredLocations { get; init; }
    /// <summary>Keep the profile's minimum salary out of every message (<see cref="Profile.Redacted"/>).</summary>
    public bool Redact { get; init; }
    public IReadOnlyDictionary<string, RuleLevel> Rules { get; init; } = new Dictionary<string, RuleLevel>(StringComparer.OrdinalIgnoreCase);

    public static readonly SettingsOverlay None = new();
}
