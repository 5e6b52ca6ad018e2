namespace DossierLsp.Server.Hosting;

/// <summary>What the workspace indexer sees of the workspace folders. The real file system in the server; in memory in tests.</summary>
public interface IDirectoryHost
{
    /// <summary>The Markdown files and the sub-folders of <paramref name="directory"/>, as full paths; empty when it cannot be read.</summary>
    DirectoryListing List(string directory);

    /// <summary>A Markdown file's text, size-capped and strictly decoded; null when it does not exist.</summary>
    TextDecoding.Decoded? ReadMarkdown(string path);

    /// <summary>An ignore file's text (<c>.gitignore</c>, <c>.ignore</c>, …, and the user's git config that names one), size-capped; null when it does not exist or cannot be read.</summary>
    string? ReadIgnoreFile(string path);

    /// <summary>Whether a file or folder exists at <paramref name="path"/> (a work tree's <c>.git</c> may be either).</summary>
    bool Exists(string path);

    /// <summary>The day the file was last written, or null when unknown (for "stale" reminders).</summary>
    DateOnly? LastModified(string path);
}

public sealed record DirectoryListing(IReadOnlyList<string> MarkdownFiles, IReadOnlyList<string> Directories)
{
    public static readonly DirectoryListing Empty = new([], []);
}
