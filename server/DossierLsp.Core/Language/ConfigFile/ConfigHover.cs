using DossierLsp.Core.Config;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Language.ConfigFile;

/// <summary>A key's documentation, and whether an editor setting overrides the value this file gives it.</summary>
internal static class ConfigHover
{
    public static HoverInfo? Hover(SourceText text, int offset, DossierConfig inForce, ConfigFileKind kind)
    {
        if (ConfigCursor.Find(text, offset)?.In(kind) is not { InKey: true, Word.IsEmpty: false } place || !place.Word.ContainsOrTouches(offset))
        {
            return null;
        }
        string name = text.ToString(place.Word).Trim().Trim('"', '\'');
        if (ConfigChoices.KeysAt(place.Path).FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase)) is not { } key)
        {
            return null;
        }
        return new HoverInfo(place.Word, key.Documentation + Overridden(place.Path, key.Name, inForce));
    }

    /// <summary>
    /// Editor settings come after every file: a value they set is in force whatever this file says. Only they have a
    /// source that is neither a file nor the default.
    /// </summary>
    private static string Overridden(IReadOnlyList<string> path, string key, DossierConfig inForce)
    {
        (string Setting, string Value)? overriding = path switch
        {
            ["profile"] => ProfileKeys.All.FirstOrDefault(k => k.Name == key)?.SettingName is { } settingName
                && ProfileKeys.InForce(inForce.Profile).FirstOrDefault(s => s.Name == key && BySettings(s.Source)) is { } setting
                ? (settingName, setting.Value) : null,
            ["rules"] => inForce.Rules.TryGetValue(key, out var level) && BySettings(level.Source) ? ("dossier.rules", level.Value.Name()) : null,
            _ => null,
        };
        return overriding is var (name, value)
            ? $"\n\n**Overridden by the editor setting `{name}`**: `{value}` is in force, not the value written here."
            : "";
    }

    private static bool BySettings(ValueSource source) => source.File is null && source != ValueSource.Default;
}
