using DossierLsp.Core.Text;

namespace DossierLsp.Core.Workspace;

/// <summary>
/// Finds the configuration and schema in force for a path (through an injected host, never the file system directly),
/// caches them, and analyses documents. Thread-safe: analyses of different documents may run in parallel.
/// </summary>
public sealed class DossierWorkspace
{
    /// <summary>Editor settings laid over the files' configuration.</summary>
    public void SetOverlay(SettingsOverlay overlay) => throw new NotImplementedException();

    /// <summary>Forget cached configs and schemas (a config or schema file changed).</summary>
    public void InvalidateConfiguration() => throw new NotImplementedException();

    /// <summary>Analyse <paramref name="text"/> as the document at absolute <paramref name="path"/>.</summary>
    public DocumentAnalysis Analyze(string path, SourceText text) => throw new NotImplementedException();
}
