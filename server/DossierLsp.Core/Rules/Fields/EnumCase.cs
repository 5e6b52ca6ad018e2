using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Rules.Fields;

internal sealed class EnumCase : Rule
{
    public override string Id => "enum-case";
    public override Severity DefaultSeverity => Severity.Info;
    public override string Summary => "An allowed value is written in a different case.";
    public override string Description => "`applied` is read as `APPLIED`, so the dossier still checks; this style finding asks for the schema's spelling.";
    public override string Example => "- **Application Status**: applied";
    public override string Fix => "Use the schema's spelling; the quick fix rewrites it.";

    public override void Check(RuleContext context)
    {
        foreach (var (field, spec, enumSpec) in context.Document.EnumFields())
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
