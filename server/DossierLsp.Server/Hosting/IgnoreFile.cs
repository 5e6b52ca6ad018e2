using System.Text;
using System.Text.RegularExpressions;

namespace DossierLsp.Server.Hosting;

internal enum IgnoreVerdict { Unmatched, Ignored, Included }

/// <summary>
/// The patterns of one <c>.gitignore</c>-style file, with git's semantics (gitignore(5), wildmatch): the last matching
/// pattern decides; <c>!</c> re-includes; a trailing <c>/</c> matches folders only; a pattern with a <c>/</c> before its
/// end is anchored to the file's folder, one without matches a name at any depth; <c>**</c> spans folders only as
/// <c>**/</c>, <c>/**/</c> or <c>/**</c>. Paths are relative to the file's folder, with <c>/</c> separators.
/// </summary>
/// <remarks>
/// Written here rather than taken from NuGet's MAB.DotIgnore 3.0.1 (NativeAOT-clean, but last released in 2020 for
/// netstandard1.3, and it does not match an escaped trailing space as git does); tests hold this one to git's answers.
/// </remarks>
internal sealed class IgnoreFile
{
    private readonly Pattern[] _patterns;

    private IgnoreFile(Pattern[] patterns) => _patterns = patterns;

    public static readonly IgnoreFile Empty = new([]);

    public bool IsEmpty => _patterns.Length == 0;

    public static IgnoreFile Parse(string text) =>
        new(text.Split('\n').Select(line => Pattern.Parse(line.TrimEnd('\r'))).OfType<Pattern>().ToArray());

    /// <summary>What the last pattern matching <paramref name="relativePath"/> says, if any does.</summary>
    public IgnoreVerdict Match(string relativePath, bool isDirectory)
    {
        string name = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        for (int i = _patterns.Length - 1; i >= 0; i--)
        {
            Pattern pattern = _patterns[i];
            if ((isDirectory || !pattern.DirectoryOnly) && pattern.Regex.IsMatch(pattern.Anchored ? relativePath : name))
            {
                return pattern.Negated ? IgnoreVerdict.Included : IgnoreVerdict.Ignored;
            }
        }
        return IgnoreVerdict.Unmatched;
    }

    private sealed record Pattern(Regex Regex, bool Negated, bool DirectoryOnly, bool Anchored)
    {
        public static Pattern? Parse(string line)
        {
            line = TrimUnescapedSpaces(line);
            if (line.Length == 0 || line[0] == '#')
            {
                return null;
            }
            bool negated = line[0] == '!';
            if (negated)
            {
                line = line[1..];
            }
            bool directoryOnly = line.EndsWith('/');
            line = line.TrimEnd('/');
            if (line.Length == 0)
            {
                return null;
            }
            bool anchored = line.Contains('/');
            // Git matches nothing with a malformed pattern (an unclosed '[', a trailing '\', a range such as z-a).
            // Non-backtracking: an ignore file comes from the repository, and no pattern may make a match slow.
            try
            {
                return ToRegex(line.StartsWith('/') ? line[1..] : line) is { } regex
                    ? new Pattern(new Regex(regex, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking), negated, directoryOnly, anchored)
                    : null;
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        // Trailing spaces are dropped unless escaped with a backslash.
        private static string TrimUnescapedSpaces(string line)
        {
            int end = line.Length;
            while (end > 0 && line[end - 1] == ' ' && !(end > 1 && line[end - 2] == '\\'))
            {
                end--;
            }
            return line[..end];
        }

        private static string? ToRegex(string glob)
        {
            var regex = new StringBuilder("^");
            for (int i = 0; i < glob.Length; i++)
            {
                char c = glob[i];
                if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*' && (i == 0 || glob[i - 1] == '/')
                    && (i + 2 == glob.Length || glob[i + 2] == '/'))
                {
                    // "**/" at the start or "/**/": any folders, or none; "/**" at the end: everything inside.
                    bool atEnd = i + 2 == glob.Length;
                    regex.Append(atEnd ? ".*" : "(?:.*/)?");
                    i += atEnd ? 1 : 2;
                }
                else if (c == '*')
                {
                    regex.Append("[^/]*");
                }
                else if (c == '?')
                {
                    regex.Append("[^/]");
                }
                else if (c == '[')
                {
                    if (CharacterClass(glob, ref i) is not { } set)
                    {
                        return null;
                    }
                    regex.Append(set);
                }
                else if (c == '\\')
                {
                    if (++i == glob.Length)
                    {
                        return null;
                    }
                    regex.Append(Regex.Escape(glob[i].ToString()));
                }
                else
                {
                    regex.Append(Regex.Escape(c.ToString()));
                }
            }
            return regex.Append('$').ToString();
        }

        private static readonly Dictionary<string, string> PosixClasses = new(StringComparer.Ordinal)
        {
            ["alnum"] = "a-zA-Z0-9", ["alpha"] = "a-zA-Z", ["blank"] = @" \t", ["cntrl"] = @"\x00-\x1f\x7f",
            ["digit"] = "0-9", ["graph"] = @"\x21-\x7e", ["lower"] = "a-z", ["print"] = @"\x20-\x7e",
            ["punct"] = @"!-/:-@\[-`{-~", ["space"] = @" \t\n\r\f\v", ["upper"] = "A-Z", ["xdigit"] = "0-9a-fA-F",
        };

        /// <summary>A bracket expression starting at <paramref name="i"/>, as a regex set that never matches <c>/</c>; null when unclosed.</summary>
        private static string? CharacterClass(string glob, ref int i)
        {
            int j = i + 1;
            bool negated = j < glob.Length && glob[j] is '!' or '^';
            if (negated)
            {
                j++;
            }
            var set = new StringBuilder(negated ? "[^/" : "[");
            for (bool first = true; j < glob.Length && (first || glob[j] != ']'); first = false, j++)
            {
                if (glob[j] == '[' && j + 1 < glob.Length && glob[j + 1] == ':' && glob.IndexOf(":]", j + 2, StringComparison.Ordinal) is var close and > 0
                    && PosixClasses.TryGetValue(glob[(j + 2)..close], out string? posix))
                {
                    set.Append(posix);
                    j = close + 1;
                }
                else if (glob[j] == '\\' && j + 1 < glob.Length)
                {
                    set.Append(EscapeInSet(glob[++j]));
                }
                else if (j + 2 < glob.Length && glob[j + 1] == '-' && glob[j + 2] != ']')
                {
                    // A range; wildmatch takes its first character before the range, so "z-a" still matches 'z'.
                    set.Append(EscapeInSet(glob[j]));
                    if (glob[j + 2] >= glob[j])
                    {
                        set.Append('-').Append(EscapeInSet(glob[j + 2]));
                    }
                    j += 2;
                }
                else
                {
                    set.Append(EscapeInSet(glob[j]));
                }
            }
            if (j >= glob.Length)
            {
                return null;
            }
            i = j;
            // A set never matches the separator: excluded from a negated set, subtracted from another.
            return set.Append(negated ? "]" : "-[/]]").ToString();
        }

        private static string EscapeInSet(char c) => c is '\\' or ']' or '[' or '^' or '-' ? $"\\{c}" : c.ToString();
    }
}
