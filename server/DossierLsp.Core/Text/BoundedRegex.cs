using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace DossierLsp.Core.Text;

/// <summary>
/// The one home of the match timeout every regular expression that sees user text (values, titles, a schema's own
/// patterns) runs with, so a catastrophic pattern or input costs a bounded time. The core's own patterns are
/// source-generated (<c>[GeneratedRegex(..., BoundedRegex.TimeoutMilliseconds)]</c>: compiled code even under
/// NativeAOT, where a <c>new Regex</c> is interpreted); <see cref="Create"/> builds the schema's patterns, known only at
/// run time. Callers also cap how much text a pattern sees, so a timeout is reached only by a catastrophic pattern, and
/// turn it into a finding of its own, never a silent "no match".
/// </summary>
internal static class BoundedRegex
{
    public const int TimeoutMilliseconds = 250;

    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(TimeoutMilliseconds);

    /// <summary>A schema's pattern (title, variants, value patterns): interpreted, with the timeout.</summary>
    public static Regex Create([StringSyntax(StringSyntaxAttribute.Regex)] string pattern, RegexOptions options = RegexOptions.None) =>
        new(pattern, options | RegexOptions.CultureInvariant, Timeout);
}
