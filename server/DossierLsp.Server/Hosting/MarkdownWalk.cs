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
    /// Lazily, folder by folder, so a caller can pause between files. A folder that is skipped, or that
    /// <paramref name="excludesFolder"/> says holds no file of interest, is pruned: never listed, however big.
    /// </summary>
    public static IEnumerable<string> FilesUnder(IDirectoryHost host, string folder, Func<string, bool>? excludesFolder = null)
    {
        var pending = new Stack<string>([folder]);
        while (pending.Count > 0)
        {
            DirectoryListing listing = host.List(pending.Pop());
            foreach (string file in listing.MarkdownFiles)
            {
                yield return file;
            }
            foreach (string sub in listing.Directories)
            {
                if (!IsSkipped(Path.GetFileName(sub)) && excludesFolder?.Invoke(sub) != true)
                {
                    pending.Push(sub);
                }
            }
        }
    }

    /// <summary>True when <paramref name="path"/> is inside <paramref name="folder"/> and inside no skipped folder on the way.</summary>
    public static bool Reaches(string folder, string path)
    {
        string relative = Path.GetRelativePath(folder, path);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return false;
        }
        string[] segments = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return !segments[..^1].Any(IsSkipped);
    }
}
