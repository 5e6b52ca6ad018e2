namespace DossierLsp.Core.Config;

/// <summary>Reads files for the core, which never touches the file system itself. The CLI and server use the real one; tests use memory.</summary>
public interface IConfigHost
{
    /// <summary>The file's text, or null when it does not exist. May throw <see cref="IOException"/>.</summary>
    string? ReadAllText(string path);

    string? GetEnvironmentVariable(string name);

    string? HomeDirectory { get; }
}
