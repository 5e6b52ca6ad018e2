using System.Runtime.CompilerServices;
using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Rules.Fields;

internal sealed class FieldDuplicate() : Rule(
    "field-duplicate",
    Severity.Warning,
    "A field is given more than once.",
    "Each schema field may be given once, in the fields section or the front matter (aliases count as the same field). Only the first value is used by the other rules.",
    "- **Company**: Acme\n- **Company**: Acme Corp",
    "Delete all but one.")
{
    [ModuleInitializer]
    internal static void Register() => RuleCatalog.Register(new FieldDuplicate());

    public override void Check(RuleContext context)
    {
        foreach (var group in context.Document.Fields.Where(f => f.Spec is not null).GroupBy(f => f.Spec))
        {
            int firstLine = context.Source.GetLineFromOffset(group.First().KeySpan.Start) + 1;
            foreach (FieldEntry duplicate in group.Skip(1))
            {
                context.Report(duplicate.KeySpan, $"field '{group.Key!.Key}' is already given on line {firstLine}; this value is ignored");
            }
        }
    }
}
