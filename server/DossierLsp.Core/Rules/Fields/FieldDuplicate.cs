using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Rules.Fields;

internal sealed class FieldDuplicate : Rule
{
    public override string Id => "field-duplicate";
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "A field is given more than once.";
    public override string Description => "Each schema field may be given once, in the fields section or the front matter (aliases count as the same field). Only the first value is used by the other rules.";
    public override string Example => "- **Company**: Acme\n- **Company**: Acme Corp";
    public override string Fix => "Delete all but one.";

    public override void Check(RuleContext context)
    {
        IReadOnlyList<FieldEntry> fields = context.Document.Fields;
        for (int i = 0; i < fields.Count; i++)
        {
            if (FirstOccurrence.Before(fields, i, static x => x.Spec) is { } first)
            {
                int firstLine = context.Source.GetLineFromOffset(first.KeySpan.Start) + 1;
                context.Report(fields[i].KeySpan, $"field '{fields[i].Spec!.Key}' is already given on line {firstLine}; this value is ignored");
            }
        }
    }
}
