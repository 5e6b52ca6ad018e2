namespace DossierLsp.Core.Config;

/// <summary>
/// Values an editor's settings (LSP <c>workspace/configuration</c> section <c>dossier</c>) lay over the files' configuration.
/// Missing entries leave the file value in force.
/// </summary>
public sealed record SettingsOverlay
{
    /// <summary>Profile key name → the editor's value; <see cref="ProfileKeys"/> says which keys take one and how they read it.</summary>
    public IReadOnlyDictionary<string, SettingValue> Profile { get; init; } = new Dictionary<string, SettingValue>(StringComparer.Ordinal);
    /// <summary>Keep the profile's minimum salary out of every message (<see cref="Config.Profile.Redacted"/>).</summary>
    public bool Redact { get; init; }
    public IReadOnlyDictionary<string, RuleLevel> Rules { get; init; } = new Dictionary<string, RuleLevel>(StringComparer.OrdinalIgnoreCase);

    public static readonly SettingsOverlay None = new();
}
