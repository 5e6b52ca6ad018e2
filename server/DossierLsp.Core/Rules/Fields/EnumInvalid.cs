using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;
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
        foreach (var (field, spec, enumSpec) in EnumFields(context.Document))
        {
            if (field.IsEmpty || enumSpec.Find(field.Value, ignoreCase: true) is not null || spec.IsPlaceholder(field.Value))
            {
                continue;
            }
            string? closest = Spelling.Closest(field.Value.ToUpperInvariant(), enumSpec.Values.Select(v => v.Value), maxDistance: 3);
            string allowed = string.Join(", ", enumSpec.Values.Select(v => v.Value));
            if (closest is null)
            {
                context.Report(field.ValueSpan, $"'{field.Value}' is not a valid {spec.Key}; expected one of {allowed}");
                continue;
            }
            context.Report(
                field.ValueSpan,
                $"'{field.Value}' is not a valid {spec.Key}; did you mean '{closest}'?",
                new CodeFix($"Change to '{closest}'", [DocumentEdits.ReplaceValue(field, closest)], IsPreferred: true));
        }
    }

    internal static IEnumerable<(FieldEntry Field, FieldSpec Spec, EnumSpec Enum)> EnumFields(BoundDocument document)
    {
        foreach (FieldEntry field in document.Fields)
        {
            if (field.Spec is { Type: FieldType.Enum, EnumName: { } name } spec && document.Schema.Enums.TryGetValue(name, out EnumSpec? enumSpec))
            {
                yield return (field, spec, enumSpec);
            }
        }
    }
}
