using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules.Fields;

internal sealed class FieldUnknown : Rule
{
    public override string Id => "field-unknown";
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "A field in the fields section is not in the schema.";
    public override string Description => "Bullets of the fields section are compared with the schema's field keys and aliases (case-insensitively). An unknown key is usually a typo, and then the message names the closest known key. Front matter keys that name no field are the user's own and are not reported.";
    public override string Example => "- **Salry Range**: $150k - $180k";
    public override string Fix => "Fix the spelling (the quick fix offers the closest key), or add the key to your schema.";

    public override void Check(RuleContext context)
    {
        DossierSchema schema = context.Document.Schema;
        foreach (FieldEntry field in context.Document.Fields.Where(f => f.Spec is null))
        {
            string? closest = Spelling.Closest(field.Key, schema.Fields.Select(f => f.Key));
            if (closest is null)
            {
                context.Report(field.KeySpan, $"field '{field.Key}' is not in schema '{schema.Name}'");
                continue;
            }
            context.Report(
                field.KeySpan,
                $"field '{field.Key}' is not in schema '{schema.Name}'; did you mean '{closest}'?",
                new CodeFix($"Change to '{closest}'", [new TextEdit(field.KeySpan, closest)], IsPreferred: true));
        }
    }
}
