using System.Text.RegularExpressions;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Values;

/// <summary>
/// The text a reader sees in a field value written with inline Markdown: <c>[Wise](https://wise.com)</c> is
/// <c>Wise</c>, <c>**Remote**</c> is <c>Remote</c>, <c>`JR-1234`</c> is <c>JR-1234</c>. Values are compared and
/// parsed by this text (inline parsing is off in the document model, so values arrive as written).
/// </summary>
internal static partial class VisibleText
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    // [text](url "title"), [text][ref] and [text][]: the link text stays.
    [GeneratedRegex(@"!?\[([^\[\]]*)\](?:\([^()\s]*(?:\s+""[^""]*"")?\)|\[[^\[\]]*\])", Options, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex Link { get; }

    // <https://…> autolinks keep their address.
    [GeneratedRegex(@"<((?:https?|mailto):[^<>\s]+)>", Options, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex AutoLink { get; }

    [GeneratedRegex(@"(`+)(.+?)\1", Options, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex Code { get; }

    // Struck-out text is what the author no longer means: "~~APPLIED~~ REJECTED" is REJECTED.
    [GeneratedRegex(@"~~.+?~~\s*", Options, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex Strike { get; }

    // Emphasis with * anywhere, with _ only at word edges ("JR_1234" keeps its underscore).
    [GeneratedRegex(
        @"(\*{1,3})(?=\S)(.+?)(?<=\S)\1|(?<![\p{L}\p{N}])(_{1,3})(?=\S)(.+?)(?<=\S)\3(?![\p{L}\p{N}])", Options, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex Emphasis { get; }

    public static string Of(string value)
    {
        if (value.AsSpan().IndexOfAny("[*_`<~") < 0)
        {
            return value;
        }

        try
        {
            string text = Link.Replace(value, "$1");
            text = AutoLink.Replace(text, "$1");
            text = Strike.Replace(text, "");
            text = Code.Replace(text, m => m.Groups[2].Value.Trim());
            // Twice, for nesting such as ***x*** or **_x_**.
            for (var i = 0; i < 2; i++)
            {
                text = Emphasis.Replace(text, m => m.Groups[2].Success ? m.Groups[2].Value : m.Groups[4].Value);
            }
            return text.Trim();
        }
        catch (RegexMatchTimeoutException)
        {
            return value;
        }
    }
}
