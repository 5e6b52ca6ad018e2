using System.Runtime.CompilerServices;
using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Rules.Fields;

internal sealed class FieldEmpty() : Rule(
    "field-empty",
    Severity.Error,
    "A required field has no value.",
    "A required field is present but nothing follows its colon: as serious as a missing one, so an error too. (A placeholder such as `[TBD]` counts as a value; `field-required-when` decides when a placeholder is no longer enough.)",
    "- **Company**:",
    "Fill in the value.")
{
    [ModuleInitializer]
    internal static void Register() => RuleCatalog.Register(new FieldEmpty());

    public override void Check(RuleContext context)
    {
        foreach (FieldEntry field in context.Document.Fields)
        {
            if (field.Spec is { Required: true } spec && field.IsEmpty)
            {
                context.Report(field.KeySpan, $"required field '{spec.Key}' is empty");
            }
        }
    }
}
