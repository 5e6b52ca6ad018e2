using DossierLsp.Core.Config;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Language.ConfigFile;

/// <summary>
/// Editor features in <c>dossier.config.yaml</c> and the profile files, for editors without a YAML extension:
/// completion of keys, rule ids and values, key documentation on hover, "did you mean" fixes. Pure functions of the text, like
/// <see cref="DossierLanguageService"/>; the file's errors are the loader's (<see cref="ConfigLoader"/>).
/// </summary>
public static class ConfigFileService
{
    /// <summary>
    /// Which config file <paramref name="path"/> is, if one these features serve: any <c>dossier.config.yaml</c>, or a
    /// profile file the loader reads on <paramref name="host"/> (<see cref="ConfigLoader.ProfilePaths"/>).
    /// </summary>
    public static ConfigFileKind? KindOf(string path, IConfigHost host) =>
        Path.GetFileName(path) == ConfigLoader.FileName ? ConfigFileKind.Workspace
        : ConfigLoader.ProfilePaths(host).Any(p => SamePath(p, path)) ? ConfigFileKind.Profile
        : null;

    public static IReadOnlyList<CompletionCandidate> Complete(SourceText text, int offset, ConfigFileKind kind = ConfigFileKind.Workspace) =>
        ConfigCompletion.Complete(text, offset, kind);

    /// <param name="inForce">The configuration in force for the file's folder, editor settings included.</param>
    public static HoverInfo? Hover(SourceText text, int offset, DossierConfig inForce, ConfigFileKind kind = ConfigFileKind.Workspace) =>
        ConfigHover.Hover(text, offset, inForce, kind);

    public static IReadOnlyList<CodeActionItem> CodeActions(SourceText text, TextSpan range, ConfigFileKind kind = ConfigFileKind.Workspace) =>
        ConfigQuickFixes.CodeActions(text, range, kind);

    // DOSSIER_PROFILE may be relative: the loader reads it from the current folder, as GetFullPath resolves it.
    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
}
