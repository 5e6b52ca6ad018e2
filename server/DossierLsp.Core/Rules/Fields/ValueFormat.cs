using System.Text.RegularExpressions;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules.Fields;

internal sealed partial class ValueFormat : Rule
{
    public override string Id => "value-format";
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "A URL or e-mail field holds something that is not a URL or an e-mail address.";
    public override string Description => "Fields of type `url` must hold an absolute http(s) URL (a Markdown link `[text](url)` or `<url>` is fine); fields of type `email` an address such as `jobs@example.com`. Placeholders the schema allows are accepted.";
    public override string Example => "- **Posting URL**: example.com/jobs/1";
    public override string Fix => "Write the full address, e.g. `https://example.com/jobs/1`.";

    // Both patterns are unambiguous (each character can be matched one way only), so they run in linear time; the
    // timeout is the safety net every user-text pattern has.
    [GeneratedRegex(@"^<?[^\s@<>]+@[^\s@<>.]+(?:\.[^\s@<>.]+)+>?$", RegexOptions.CultureInvariant, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex Email { get; }
    [GeneratedRegex(
        @"^\[[^\]]*\]\((?<url>[^)\s]+)(?:\s[^)]*)?\)$|^<(?<url>[^>]+)>$", RegexOptions.CultureInvariant, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex MarkdownLink { get; }

    /// <summary>The longest an e-mail address can be (RFC 5321); longer values are not addresses, and no pattern sees them.</summary>
    private const int MaxEmailLength = 254;

    /// <summary>Longer than any link a posting has; longer values are not checked URLs, and no pattern sees them.</summary>
    private const int MaxUrlLength = 8 * 1024;

    public override void Check(RuleContext context)
    {
        foreach (FieldEntry field in context.Document.Fields)
        {
            if (field.Spec is not { } spec || field.IsEmpty || spec.IsPlaceholder(field.Value))
            {
                continue;
            }
            if (spec.Type == FieldType.Url && !IsUrl(field.Value))
            {
                context.Report(field.ValueSpan, $"{spec.Key} '{field.Value}' is not an absolute http(s) URL");
            }
            else if (spec.Type == FieldType.Email && !IsEmail(field.Value))
            {
                context.Report(field.ValueSpan, $"{spec.Key} '{field.Value}' is not an e-mail address");
            }
        }
    }

    private static bool IsEmail(string value) => value.Length <= MaxEmailLength + 2 && Email.IsMatch(value);

    private static bool IsUrl(string value)
    {
        if (value.Length > MaxUrlLength)
        {
            return false;
        }
        Match link = MarkdownLink.Match(value);
        string url = link.Success ? link.Groups["url"].Value : value;
        return Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && uri.Scheme is "http" or "https";
    }
}
