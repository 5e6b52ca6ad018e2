using System.Text.RegularExpressions;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;

namespace DossierLsp.Core.Rules.Fields;

internal sealed class ValueFormat : Rule
{
    public override string Id => "value-format";
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "A URL or e-mail field holds something that is not a URL or an e-mail address.";
    public override string Description => "Fields of type `url` must hold an absolute http(s) URL (a Markdown link `[text](url)` or `<url>` is fine); fields of type `email` an address such as `jobs@example.com`. Placeholders the schema allows are accepted.";
    public override string Example => "- **Posting URL**: example.com/jobs/1";
    public override string Fix => "Write the full address, e.g. `https://example.com/jobs/1`.";

    private static readonly Regex Email = new(@"^<?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$", RegexOptions.CultureInvariant);
    private static readonly Regex MarkdownLink = new(@"^\[[^\]]*\]\((?<url>[^)\s]+)[^)]*\)$|^<(?<url>[^>]+)>$", RegexOptions.CultureInvariant);

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
            else if (spec.Type == FieldType.Email && !Email.IsMatch(field.Value))
            {
                context.Report(field.ValueSpan, $"{spec.Key} '{field.Value}' is not an e-mail address");
            }
        }
    }

    private static bool IsUrl(string value)
    {
        Match link = MarkdownLink.Match(value);
        string url = link.Success ? link.Groups["url"].Value : value;
        return Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && uri.Scheme is "http" or "https";
    }
}
