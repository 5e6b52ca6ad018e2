using DossierLsp.Core.Analysis;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules.Fields;

internal sealed class EnumCase : Rule
{
    public override string Id => "enum-case";
    public override Severity DefaultSeverity => Severity.Info;
    public override string Summary => "An allowed value is written in a different case or with different punctuation.";
    public override string Description => "`applied` and `In-review` are read as `APPLIED` and `IN_REVIEW`, so the dossier still checks; this style finding asks for the schema's spelling of the value. A note after the value (`applied ✅`) is kept, and aliases the schema lists (`Phone screen`) are not reported.";
    public override string Example => "- **Application Status**: applied";
    public override string Fix => "Use the schema's spelling; the quick fix rewrites it.";

    public override void Check(RuleContext context)
    {
        foreach (var (field, spec, enumSpec) in context.Document.EnumFields())
        {
            string text = field.Text;
            if (enumSpec.Read(text) is not { IsAlias: false } reading)
            {
                continue;
            }
            string written = text[reading.Start..reading.End], value = reading.Value.Value;
            if (string.Equals(written, value, StringComparison.Ordinal))
            {
                continue;
            }
            // Only the value's own words change, so a note after it stays; markup around it (**applied**) is rewritten.
            TextEdit edit = text == field.Value
                ? new TextEdit(new TextSpan(field.ValueSpan.Start + reading.Start, written.Length), value)
                : DocumentEdits.ReplaceValue(field, text[..reading.Start] + value + text[reading.End..]);
            context.Report(
                field.ValueSpan,
                $"{spec.Key} '{written}' should be written '{value}'",
                new CodeFix($"Change to '{value}'", [edit], IsPreferred: true, IsAutomatic: true));
        }
    }
}
