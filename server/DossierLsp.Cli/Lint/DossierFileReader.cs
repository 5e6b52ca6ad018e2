namespace DossierLsp.Cli.Lint;

/// <summary>The one place the CLI reads a dossier: the bytes, decoded as strict UTF-8, or why that failed.</summary>
internal static class DossierFileReader
{
    public static TextDecoding.Decoded Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new TextDecoding.Decoded(null, false, $"cannot read the file: {e.Message}", 1, 1);
        }
        return TextDecoding.Decode(bytes);
    }
}
