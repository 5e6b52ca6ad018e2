using System.Text.RegularExpressions;

namespace DossierLsp.Core.Values;

/// <summary>
/// Whether a <c>\G</c> pattern matches at a position, and how long the match is, without the <see cref="Match"/> object
/// a successful match allocates: the money parsers try several patterns at every amount.
/// </summary>
internal static class RegexAt
{
    /// <summary>The length of the match of <paramref name="regex"/> (anchored with <c>\G</c>) at <paramref name="pos"/>, or -1.</summary>
    public static int MatchLength(this Regex regex, string text, int pos)
    {
        foreach (ValueMatch match in regex.EnumerateMatches(text, pos))
        {
            return match.Length;
        }
        return -1;
    }
}
