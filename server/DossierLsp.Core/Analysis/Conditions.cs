using DossierLsp.Core.Schema;
using DossierLsp.Core.Values;

namespace DossierLsp.Core.Analysis;

/// <summary>Evaluates a schema's <c>requiredWhen</c> conditions, and the one condition every schema has: the draft stage.</summary>
internal static class Conditions
{
    /// <summary>
    /// A dossier whose status is the lifecycle's first value (RESEARCHING in the built-in schema) is a draft: what
    /// research fills in (the required sections' bodies, the salary) is not asked for yet. A new dossier starts here.
    /// </summary>
    public static bool IsDraft(BoundDocument document) =>
        document.FieldWithRole(FieldRole.Status) is { IsEmpty: false } status
        && document.Schema.EnumOf(status.Spec) is { Values.Count: > 0 } statuses
        && statuses.Read(status.Text)?.Value == statuses.Values[0];

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
        foreach (string listed in condition.Values)
        {
            if (string.Equals(listed, value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        if (condition.AtOrAfter is { } threshold && enumSpec is not null)
        {
            int at = enumSpec.IndexOf(value);
            return at >= 0 && at >= enumSpec.IndexOf(threshold);
        }
        return false;
    }
}
