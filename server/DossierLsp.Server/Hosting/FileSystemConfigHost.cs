using DossierLsp.Core.Config;
using DossierLsp.Core.Text;

namespace DossierLsp.Server.Hosting;

/// <summary>The real file system and environment, for the CLI and the language server. Tests use an in-memory host instead.</summary>
public sealed class FileSystemConfigHost : IConfigHost, IDirectoryHost
{
    public static readonly FileSystemConfigHost Instance = new();

    public string? ReadAllText(string path) => BoundedFileReader.Read(path, BoundedFileReader.MaxYamlBytes) switch
    {
        null => null,
        { Text: { } text } => text,
        var refused => throw new UnreadableFileException(refused.Error!, refused.ErrorLine, refused.ErrorColumn),
    };

    public string? ResolvePath(string path) => FileProbe.RealPath(path);

    public string? GetEnvironmentVariable(string name) => Environment.GetEnvironmentVariable(name);

    public string? HomeDirectory => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? home : null;

    public TextDecoding.Decoded? ReadMarkdown(string path) => BoundedFileReader.Read(path, BoundedFileReader.MaxDossierBytes);

    // An unreadable ignore file is treated as absent, as git does: the walk goes on.
    public string? ReadIgnoreFile(string path) => BoundedFileReader.Read(path, BoundedFileReader.MaxYamlBytes)?.Text;

    public bool Exists(string path) => File.Exists(path) || Directory.Exists(path);

    public DateOnly? LastModified(string path)
    {
        try
        {
            return File.Exists(path) ? DateOnly.FromDateTime(File.GetLastWriteTime(path)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public DirectoryListing List(string directory)
    {
        try
        {
            var files = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = true };
            // Symbolic links to folders are not followed: a link cycle must not make the walk endless.
            var folders = new EnumerationOptions { AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
            return new DirectoryListing(
                Directory.EnumerateFiles(directory, "*.md", files).ToArray(),
                Directory.EnumerateDirectories(directory, "*", folders).ToArray());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return DirectoryListing.Empty;
        }
    }
}
