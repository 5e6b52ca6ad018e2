using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Rules.Fields;

internal sealed class FieldEmpty : Rule
{
    public override string Id => "field-empty";
    public override Severity DefaultSeverity => Severity.Error;
    public override string Summary => "A required field has no value.";
    public override string Description => "A required field is present but nothing follows its colon: as serious as a missing one, so an error too. (A placeholder such as `[TBD]` counts as a value; `field-required-when` decides when a placeholder is no longer enough.)";
    public override string Example => "- **Company**:";
    public override string Fix => "Fill in the value.";

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
