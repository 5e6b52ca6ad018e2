using DossierLsp.Core.Yaml;

namespace DossierLsp.Core.Config;

/// <summary>
/// One key of the profile: its name, type and description as docs/CONFIG.md shows them, how its value in a config or
/// profile file is read, how the value in force is shown, and whether an editor setting can set it.
/// </summary>
internal sealed record ProfileKey(
    string Name,
    string Type,
    string Description,
    Func<YamlValueReader, YamlNode, Profile, Profile> Read,
    Func<Profile, IEnumerable<ProfileSetting>> InForce)
{
    /// <summary>
    /// How the editor setting <see cref="SettingName"/> sets the key; null when only files can. A value of a shape the
    /// key does not take leaves the profile as it was.
    /// </summary>
    public Func<Profile, SettingValue, ValueSource, Profile>? FromSetting { get; init; }

    /// <summary>The editor setting (section <c>dossier</c>) that overrides the key, or null.</summary>
    public string? SettingName => FromSetting is null ? null : $"dossier.profile.{Name}";

    /// <summary>The value in force when no file sets it, as <c>--explain</c> shows it, or "none".</summary>
    public string Default => InForce(Profile.Empty).Select(s => s.Value).FirstOrDefault() ?? "none";
}
