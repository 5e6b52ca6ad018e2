using DossierLsp.Core.Config;
using DossierLsp.Core.Text;

namespace DossierLsp.Server.Hosting;

/// <summary>The real file system and environment, for the CLI and the language server. Tests use an in-memory host instead.</summary>
public sealed class FileSystemConfigHost : IConfigHost
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
}
