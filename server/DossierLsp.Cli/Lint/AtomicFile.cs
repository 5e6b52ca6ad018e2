using System.Text;

namespace DossierLsp.Cli.Lint;

/// <summary>Replaces a file through a temporary file beside it, so an interrupted write never leaves half a dossier.</summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> as UTF-8 (with a BOM when asked), keeping an existing file's permissions; the error, or null.</summary>
    public static string? Replace(string path, string text, bool bom)
    {
        string temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: bom));
            if (!OperatingSystem.IsWindows() && File.Exists(path))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            }
            File.Move(temporary, path, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            return $"cannot write '{path}': {e.Message}";
        }
    }
}
