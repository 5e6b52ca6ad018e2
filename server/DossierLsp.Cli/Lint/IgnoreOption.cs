using System.CommandLine;

namespace DossierLsp.Cli.Lint;

/// <summary><c>--no-ignore</c>, ripgrep's name, for the commands that walk folders.</summary>
internal static class IgnoreOption
{
    public static Option<bool> Create() => new("--no-ignore")
    {
        Description = "Also check what .gitignore, .ignore and .git/info/exclude ignore in folders and globs (files named by path are always checked).",
    };
}
