namespace DossierLsp.Server.Hosting;

/// <summary>The Markdown files under a folder, for the CLI's folder arguments and the server's workspace index.</summary>
public static class MarkdownWalk
{
    // No one keeps dossiers in these, and they can be huge.
    private static readonly string[] SkippedNames = ["node_modules", "bin", "obj"];

    /// <summary>True for hidden folders (<c>.git</c>, <c>.vscode</c>, …) and for dependency and build output folders.</summary>
    public static bool IsSkipped(string folderName) =>
        folderName.StartsWith('.') || SkippedNames.Contains(folderName, StringComparer.Ordinal);

    /// <summary>
    /// Lazily, folder by folder, so a caller can pause between files. A folder that is skipped, that
    /// <paramref name="ignores"/> ignore (when given), or that <paramref name="excludesFolder"/> says holds no file of
    /// interest, is pruned: never listed, however big. <paramref name="folder"/> itself is walked even if ignored, as
    /// ripgrep searches a folder it is named.
    /// </summary>
    public static IEnumerable<string> FilesUnder(IDirectoryHost host, string folder, IgnoreRules? ignores, Func<string, bool>? excludesFolder = null)
    {
        var pending = new Stack<string>([folder]);
        while (pending.Count > 0)
        {
            string current = pending.Pop();
            DirectoryListing listing = host.List(current);
            foreach (string file in listing.MarkdownFiles)
            {
                if (ignores?.Ignores(current, file, isDirectory: false) != true)
                {
                    yield return file;
                }
            }
            foreach (string sub in listing.Directories)
            {
                if (!IsSkipped(Path.GetFileName(sub)) && ignores?.Ignores(current, sub, isDirectory: true) != true && excludesFolder?.Invoke(sub) != true)
                {
                    pending.Push(sub);
                }
            }
        }
    }

    /// <summary>
    /// True when <paramref name="path"/> is inside <paramref name="folder"/>, inside no skipped folder on the way, and
    /// (when <paramref name="ignores"/> are given) neither it nor a folder on the way is ignored: a walk would find it.
    /// </summary>
    public static bool Reaches(string folder, string path, IgnoreRules? ignores = null)
    {
        string relative = Path.GetRelativePath(folder, path);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return false;
        }
        string[] segments = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return !segments[..^1].Any(IsSkipped) && ignores?.Hides(folder, path) != true;
    }
}
