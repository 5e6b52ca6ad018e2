using System.Text.RegularExpressions;

namespace DossierLsp.Core.Text;

/// <summary>The Markdown the core writes for hovers and completion docs, as plain text for clients that show no Markdown.</summary>
public static partial class PlainText
{
    /// <summary>Links become "text (url)"; emphasis, code marks and backslash escapes are dropped.</summary>
    public static string FromMarkdown(string markdown)
    {
        string text = Link().Replace(markdown, m => m.Groups["text"].Value == m.Groups["url"].Value ? m.Groups["url"].Value : $"{m.Groups["text"].Value} ({m.Groups["url"].Value})");
        text = Emphasis().Replace(text, "");
        return Escape().Replace(text, "$1");
    }

    [GeneratedRegex(@"\[(?<text>[^\]\n]*)\]\((?<url>[^)\s]*)\)", RegexOptions.CultureInvariant, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex Link();

    [GeneratedRegex(@"\*\*|__|`", RegexOptions.CultureInvariant, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|<>])", RegexOptions.CultureInvariant, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex Escape();
}
