using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace DossierLsp.Core.Text;

/// <summary>
/// The one way to build a regular expression that sees user text (values, titles, a schema's own patterns): with a match
/// timeout, so a catastrophic pattern or input costs a bounded time. Callers also cap how much text a pattern sees, so a
/// timeout is reached only by a catastrophic pattern, and turn it into a finding of its own, never a silent "no match".
/// </summary>
internal static class BoundedRegex
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

    public static Regex Create([StringSyntax(StringSyntaxAttribute.Regex)] string pattern, RegexOptions options = RegexOptions.None) =>
        new(pattern, options | RegexOptions.CultureInvariant, Timeout);
}
