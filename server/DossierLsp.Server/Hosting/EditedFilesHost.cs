using DossierLsp.Core.Config;

namespace DossierLsp.Server.Hosting;

/// <summary>
/// Another host with some files' text replaced by what the editor has: the configuration check reads open config,
/// profile and schema files through it, so their errors follow the typing, not the last save.
/// </summary>
internal sealed class EditedFilesHost(IConfigHost disk, IReadOnlyDictionary<string, string> editedTextByPath) : IConfigHost
{
    public string? ReadAllText(string path) => editedTextByPath.TryGetValue(path, out string? text) ? text : disk.ReadAllText(path);

    public string? ResolvePath(string path) => editedTextByPath.ContainsKey(path) ? path : disk.ResolvePath(path);

    public string? GetEnvironmentVariable(string name) => disk.GetEnvironmentVariable(name);

    public string? HomeDirectory => disk.HomeDirectory;
}
