using DossierLsp.Server.Hosting;
using Microsoft.Extensions.FileSystemGlobbing;

namespace DossierLsp.Cli.Lint;

/// <summary>
/// Turns the command line's paths and globs into Markdown files, remembering which were named explicitly. A folder's
/// walk and a glob's matches skip what the ignore files ignore (unless <c>--no-ignore</c>); a file named by its path is
/// always taken, as ripgrep searches a file it is given (a pre-commit hook names files: they are checked).
/// </summary>
internal static class FileDiscovery
{
    public sealed record Target(string FullPath, string DisplayPath, bool Explicit);

    /// <param name="namedAreExplicit">Whether a file named on the command line is linted even when it is not a dossier.</param>
    /// <param name="respectIgnoreFiles">Whether <c>.gitignore</c> and <c>.ignore</c> files prune folder walks and glob matches.</param>
    /// <param name="excludesFolder">Whether the config excludes every file under a folder: a walk does not enter it, as the server's does not.</param>
    public static IReadOnlyList<Target> Find(IReadOnlyList<string> arguments, string workingDirectory, List<string> errors, bool namedAreExplicit,
        bool respectIgnoreFiles, Func<string, bool> excludesFolder)
    {
        IgnoreRules? ignores = respectIgnoreFiles ? new IgnoreRules(FileSystemConfigHost.Instance) : null;
        var targets = new Dictionary<string, Target>(StringComparer.Ordinal);
        foreach (string argument in arguments)
        {
            string full = Path.GetFullPath(argument, workingDirectory);
            if (File.Exists(full))
            {
                targets[full] = new Target(full, argument, Explicit: namedAreExplicit);
            }
            else if (Directory.Exists(full))
            {
                foreach (string file in MarkdownWalk.FilesUnder(FileSystemConfigHost.Instance, full, ignores, excludesFolder))
                {
                    targets.TryAdd(file, new Target(file, Display(file, workingDirectory), Explicit: false));
                }
            }
            else if (argument.IndexOfAny(['*', '?', '[', '{']) >= 0)
            {
                var matcher = new Matcher(StringComparison.Ordinal);
                matcher.AddInclude(argument);
                int before = targets.Count;
                // A glob's matches are filtered as a walk of the working folder would find them.
                foreach (string file in matcher.GetResultsInFullPath(workingDirectory).Where(f => ignores?.Hides(workingDirectory, f) != true))
                {
                    targets.TryAdd(file, new Target(file, Display(file, workingDirectory), Explicit: false));
                }
                if (targets.Count == before)
                {
                    errors.Add($"no files match '{argument}'");
                }
            }
            else
            {
                errors.Add($"no such file or folder: '{argument}'");
            }
        }
        return targets.Values.OrderBy(t => t.DisplayPath, StringComparer.Ordinal).ToArray();
    }

    private static string Display(string fullPath, string workingDirectory)
    {
        string relative = Path.GetRelativePath(workingDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative;
    }
}
