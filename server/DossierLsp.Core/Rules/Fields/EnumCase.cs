using System.Runtime.CompilerServices;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;

namespace DossierLsp.Core.Rules.Fields;

internal sealed class EnumCase() : Rule(
    "enum-case",
    Severity.Info,
    "An allowed value is written in a different case.",
    "`applied` is read as `APPLIED`, so the dossier still checks; this style finding asks for the schema's spelling.",
    "- **Application Status**: applied",
    "Use the schema's spelling; the quick fix rewrites it.")
{
    [ModuleInitializer]
    internal static void Register() => RuleCatalog.Register(new EnumCase());

    public override void Check(RuleContext context)
    {
        foreach (var (field, spec, enumSpec) in EnumInvalid.EnumFields(context.Document))
        {
            if (enumSpec.Find(field.Value, ignoreCase: true) is { } value && !string.Equals(value.Value, field.Value, StringComparison.Ordinal))
            {
                context.Report(
                    field.ValueSpan,
                    $"{spec.Key} '{field.Value}' should be written '{value.Value}'",
                    new CodeFix($"Change to '{value.Value}'", [DocumentEdits.ReplaceValue(field, value.Value)], IsPreferred: true, IsAutomatic: true));
            }
        }
    }
}
