using DossierLsp.Core.Workspace;
using DossierLsp.Server.Hosting;
using DossierLsp.Server.Protocol;

namespace DossierLsp.Server.Indexing;

internal enum WatchedFileKind { None, Dossier, Configuration, IgnoreFile }

/// <summary>
/// The one home of the files the server watches: it registers these globs with the client (no client registers
/// its own, so a change is never reported twice) and sorts the changes it hears about.
/// </summary>
internal static class WatchedFiles
{
    public const string RegistrationId = "dossier-watch";

    // Markdown for the workspace index; YAML for dossier.config.yaml and schema files, which may have any name; the
    // ignore files that decide what the index skips (.git/info/exclude is not watched: editors exclude .git from watching).
    public static readonly string[] Globs = ["**/*.md", "**/*.yaml", "**/*.yml", .. IgnoreRules.FileNames.Select(name => $"**/{name}")];

    public static DidChangeWatchedFilesRegistrationOptions RegistrationOptions =>
        new(Globs.Select(g => new Protocol.FileSystemWatcher(g)).ToArray());

    public static WatchedFileKind KindOf(string uri) =>
        uri.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? WatchedFileKind.Dossier
        : DossierWorkspace.IsConfigurationFile(uri) ? WatchedFileKind.Configuration
        : IgnoreRules.FileNames.Any(name => uri.EndsWith($"/{name}", StringComparison.Ordinal)) ? WatchedFileKind.IgnoreFile
        : WatchedFileKind.None;
}
