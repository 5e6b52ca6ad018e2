namespace DossierLsp.Server.Hosting;

/// <summary>
/// The user's own ignore file for every repository, found as git finds it: <c>core.excludesFile</c> in the user's git
/// config (<c>$XDG_CONFIG_HOME/git/config</c>, then <c>~/.gitconfig</c>, which wins), else <c>$XDG_CONFIG_HOME/git/ignore</c>
/// (<c>~/.config/git/ignore</c>). Not followed, to stay small: <c>[include]</c> and <c>[includeIf]</c>, the system-wide
/// config, a repository's own <c>.git/config</c>, and a relative path (git reads that relative to where it runs).
/// </summary>
internal static class GitUserExcludes
{
    private const string Key = "excludesfile";

    /// <summary>The file's path (it may not exist), or null when there is none: no home folder, or the setting is empty.</summary>
    public static string? Find(Func<string, string?> environment, IDirectoryHost host)
    {
        string? home = NonEmpty(environment("HOME")) ?? NonEmpty(environment("USERPROFILE"));
        string? xdg = NonEmpty(environment("XDG_CONFIG_HOME")) is { } set && Path.IsPathFullyQualified(set) ? set
            : home is null ? null : Path.Combine(home, ".config");
        string? configured = null;
        foreach (string? config in new[] { xdg is null ? null : Path.Combine(xdg, "git", "config"), home is null ? null : Path.Combine(home, ".gitconfig") })
        {
            if (config is not null && host.ReadIgnoreFile(config) is { } text && ExcludesFileIn(text) is { } value)
            {
                configured = value;
            }
        }
        if (configured is null)
        {
            return xdg is null ? null : Path.Combine(xdg, "git", "ignore");
        }
        string expanded = configured.StartsWith("~/", StringComparison.Ordinal) && home is not null ? Path.Combine(home, configured[2..]) : configured;
        return Path.IsPathFullyQualified(expanded) ? expanded : null;
    }

    /// <summary>The last <c>core.excludesFile</c> value in a git config file's text, or null when it sets none.</summary>
    internal static string? ExcludesFileIn(string config)
    {
        string? found = null;
        bool inCore = false;
        foreach (string rawLine in config.Split('\n'))
        {
            ReadOnlySpan<char> line = rawLine.AsSpan().Trim();
            if (line.StartsWith("["))
            {
                int close = line.IndexOf(']');
                if (close < 0)
                {
                    inCore = false;
                    continue;
                }
                inCore = line[1..close].Trim().Equals("core", StringComparison.OrdinalIgnoreCase);
                line = line[(close + 1)..].TrimStart(); // git allows a variable on the header's line
            }
            int equals = line.IndexOf('=');
            if (inCore && equals > 0 && line[..equals].Trim().Equals(Key, StringComparison.OrdinalIgnoreCase))
            {
                found = Value(line[(equals + 1)..]);
            }
        }
        return found;
    }

    /// <summary>A value as git reads it: double quotes group, a backslash escapes, <c>#</c> or <c>;</c> outside quotes starts a comment, outer blanks go.</summary>
    private static string Value(ReadOnlySpan<char> raw)
    {
        var value = new System.Text.StringBuilder();
        bool quoted = false;
        int kept = 0; // the length up to the last character that was quoted, escaped or not blank
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (c == '"')
            {
                quoted = !quoted;
                kept = value.Length;
                continue;
            }
            if (c == '\\' && i + 1 < raw.Length)
            {
                char next = raw[++i];
                value.Append(next switch { 'n' => '\n', 't' => '\t', 'b' => '\b', _ => next });
                kept = value.Length;
                continue;
            }
            if (!quoted && c is '#' or ';')
            {
                break;
            }
            if (!quoted && char.IsWhiteSpace(c) && value.Length == 0)
            {
                continue;
            }
            value.Append(c);
            if (quoted || !char.IsWhiteSpace(c))
            {
                kept = value.Length;
            }
        }
        return value.ToString(0, kept);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
