using DossierLsp.Core.Schema;
using DossierLsp.Core.Values;

namespace DossierLsp.Core.Analysis;

/// <summary>Evaluates a schema's <c>requiredWhen</c> conditions.</summary>
internal static class Conditions
{
    /// <summary>Whether the condition holds in the document as written.</summary>
    public static bool Holds(BoundDocument document, FieldCondition condition) =>
        document.Schema.FindField(condition.FieldKey) is { } spec && document.Field(spec) is { IsEmpty: false } field
        && Holds(document.Schema, condition, field.Value);

    /// <summary>Whether the condition would hold if its field held <paramref name="value"/>.</summary>
    public static bool Holds(DossierSchema schema, FieldCondition condition, string value)
    {
        value = VisibleText.Of(value).Trim();
        EnumSpec? enumSpec = schema.EnumOf(schema.FindField(condition.FieldKey));
        // An enum field's value counts as the value it is read as: "Phone screen (Tuesday)" is SCREENING.
        if (enumSpec?.Read(value) is { } reading)
        {
            value = reading.Value.Value;
        }
        if (condition.Values.Any(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        if (condition.AtOrAfter is { } threshold && enumSpec is not null)
        {
            int at = enumSpec.IndexOf(value);
            return at >= 0 && at >= enumSpec.IndexOf(threshold);
        }
        return false;
    }
}
