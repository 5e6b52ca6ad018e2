using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules.Fields;

internal sealed class FieldUnknown : Rule
{
    public override string Id => "field-unknown";
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "A field in the fields section is not in the schema.";
    public override string Description => "Fields of the fields section are compared with the schema's field keys and aliases (whatever their case and decoration). A key a few letters from a field the document lacks (`Salry Range`) is read as that field, so its value is still checked, and reported once with a fix that renames it; a misspelt required field is reported by `field-missing`. Any other unknown key is reported with the closest known key, if any. Front matter keys that name no field are the user's own and are not reported.";
    public override string Example => "- **Salry Range**: $150k - $180k";
    public override string Fix => "Fix the spelling (the quick fix offers the closest key), or add the key to your schema.";

    public override void Check(RuleContext context)
    {
        DossierSchema schema = context.Document.Schema;
        foreach (FieldEntry field in context.Document.Fields)
        {
            if (field.Spec is { Required: false } && field.Match == NameMatchKind.Misspelt)
            {
                context.Report(field.KeySpan, $"'{field.Key}' looks like field '{field.Name}'", RuleContext.RenameFix(field));
            }
        }
        // One suggestion per distinct key: a pasted block can repeat one key thousands of times. Most files have no unknown key.
        Dictionary<string, string?>? suggestions = null;
        foreach (FieldEntry field in context.Document.Fields)
        {
            if (field.Spec is not null)
            {
                continue;
            }
            suggestions ??= new Dictionary<string, string?>(StringComparer.Ordinal);
            if (!suggestions.TryGetValue(field.Key, out string? closest))
            {
                suggestions[field.Key] = closest = Spelling.Closest(field.Key, schema.Fields.Select(f => f.Key));
            }
            context.ReportWithSuggestion(field.KeySpan, $"field '{field.Key}' is not in schema '{schema.Name}'", closest);
        }
    }
}
