using DossierLsp.Core.Config;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Language.ConfigFile;

/// <summary>
/// Editor features in <c>dossier.config.yaml</c>, for editors without a YAML extension: completion of keys, rule ids
/// and values, key documentation on hover, "did you mean" fixes. Pure functions of the text, like
/// <see cref="DossierLanguageService"/>; the file's errors are the loader's (<see cref="ConfigLoader"/>).
/// </summary>
public static class ConfigFileService
{
    /// <summary>Whether <paramref name="path"/> is a workspace config, the file these features serve.</summary>
    public static bool IsConfigFile(string path) => Path.GetFileName(path) == ConfigLoader.FileName;

    public static IReadOnlyList<CompletionCandidate> Complete(SourceText text, int offset) => ConfigCompletion.Complete(text, offset);

    /// <param name="inForce">The configuration in force for the file's folder, editor settings included.</param>
    public static HoverInfo? Hover(SourceText text, int offset, DossierConfig inForce) => ConfigHover.Hover(text, offset, inForce);

    public static IReadOnlyList<CodeActionItem> CodeActions(SourceText text, TextSpan range) => ConfigQuickFixes.CodeActions(text, range);
}
