using Microsoft.Extensions.FileSystemGlobbing;

namespace DossierLsp.Cli.Lint;

/// <summary>Turns the command line's paths and globs into Markdown files, remembering which were named explicitly.</summary>
internal static class FileDiscovery
{
    public sealed record Target(string FullPath, string DisplayPath, bool Explicit);

    // Folders no one keeps dossiers in, and which can be huge.
    private static readonly string[] SkippedFolders = ["node_modules", "bin", "obj"];

    /// <param name="namedAreExplicit">Whether a file named on the command line is linted even when it is not a dossier.</param>
    public static IReadOnlyList<Target> Find(IReadOnlyList<string> arguments, string workingDirectory, List<string> errors, bool namedAreExplicit)
    {
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
                foreach (string file in MarkdownFilesUnder(full))
                {
                    targets.TryAdd(file, new Target(file, Display(file, workingDirectory), Explicit: false));
                }
            }
            else if (argument.IndexOfAny(['*', '?', '[', '{']) >= 0)
            {
                var matcher = new Matcher(StringComparison.Ordinal);
                matcher.AddInclude(argument);
                int before = targets.Count;
                foreach (string file in matcher.GetResultsInFullPath(workingDirectory))
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

    private static IEnumerable<string> MarkdownFilesUnder(string folder)
    {
        var pending = new Stack<string>([folder]);
        while (pending.Count > 0)
        {
            string current = pending.Pop();
            IEnumerable<string> files, folders;
            try
            {
                files = Directory.EnumerateFiles(current, "*.md").ToArray();
                folders = Directory.EnumerateDirectories(current).ToArray();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            foreach (string file in files)
            {
                yield return file;
            }
            foreach (string sub in folders)
            {
                string name = Path.GetFileName(sub);
                if (!name.StartsWith('.') && !SkippedFolders.Contains(name, StringComparer.Ordinal))
                {
                    pending.Push(sub);
                }
            }
        }
    }

    private static string Display(string fullPath, string workingDirectory)
    {
        string relative = Path.GetRelativePath(workingDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative;
    }
}
