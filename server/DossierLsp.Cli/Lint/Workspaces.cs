using DossierLsp.Core.Text;
using DossierLsp.Core.Config;
using DossierLsp.Core.Workspace;
using DossierLsp.Server.Hosting;

namespace DossierLsp.Cli.Lint;

/// <summary>The workspace every command reads dossiers through: the file system, an optional <c>--config</c>, redaction.</summary>
internal static class Workspaces
{
    /// <summary>The workspace, or null (after saying why) when <c>--config</c> names no file.</summary>
    public static DossierWorkspace? Create(string? config, bool redact, TextWriter stderr, Func<DateOnly>? today = null)
    {
        string? configPath = config is null ? null : Path.GetFullPath(config);
        if (configPath is not null && !File.Exists(configPath))
        {
            stderr.WriteLine($"dossier: config file not found: '{config}'");
            return null;
        }
        var workspace = new DossierWorkspace(FileSystemConfigHost.Instance, today, configPath);
        if (redact)
        {
            workspace.SetOverlay(new SettingsOverlay { Redact = true });
        }
        return workspace;
    }

    /// <summary>Prints every config and schema error in force for these files; true when there was one.</summary>
    public static bool ReportErrors(DossierWorkspace workspace, IEnumerable<string> paths, TextWriter stderr)
    {
        var errors = paths
            .SelectMany(workspace.ConfigurationErrors)
            .Distinct()
            .OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column)
            .ToArray();
        foreach (ConfigError error in errors)
        {
            stderr.WriteLine($"{error.File}:{error.Line}:{error.Column}: error: {error.Message}");
        }
        return errors.Length > 0;
    }
}
