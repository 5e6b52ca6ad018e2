using DossierLsp.Server.Hosting;

namespace DossierLsp.Cli.Lint;

/// <summary>The one place the CLI reads a dossier: through the bounded reader (regular files, size cap), as strict UTF-8.</summary>
internal static class DossierFileReader
{
    public static TextDecoding.Decoded Read(string path) =>
        BoundedFileReader.Read(path, BoundedFileReader.MaxDossierBytes) ?? new TextDecoding.Decoded(null, false, "the file does not exist", 1, 1);
}
