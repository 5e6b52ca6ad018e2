using DossierLsp.Core.Analysis;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules.Fields;

internal sealed class EnumInvalid : Rule
{
    public override string Id => "enum-invalid";
    public override Severity DefaultSeverity => Severity.Error;
    public override string Summary => "A field's value is not one of its allowed values.";
    public override string Description => "Enum fields (built-in: Application Status) must hold one of the schema's values. Case is forgiven here (`enum-case` reports it); anything else is an error, and the message names the closest allowed value.";
    public override string Example => "- **Application Status**: APPLID";
    public override string Fix => "Use an allowed value; the quick fix replaces the value with the closest one. Completion lists every value with its description.";

    public override void Check(RuleContext context)
    {
        foreach (var (field, spec, enumSpec) in context.Document.EnumFields())
        {
            if (field.IsEmpty || enumSpec.Find(field.Value, ignoreCase: true) is not null || spec.IsPlaceholder(field.Value))
            {
                continue;
            }
            string? closest = Spelling.Closest(field.Value.ToUpperInvariant(), enumSpec.Values.Select(v => v.Value), maxDistance: 3);
            string allowed = string.Join(", ", enumSpec.Values.Select(v => v.Value));
            context.ReportWithSuggestion(field.ValueSpan, $"'{field.Value}' is not a valid {spec.Key}", closest, $"; expected one of {allowed}");
        }
    }
}
