using DossierLsp.Core.Analysis;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules.Fields;

internal sealed class FieldUnreadable : Rule
{
    public override string Id => "field-unreadable";
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "A line of the fields section names a field but cannot be read as one.";
    public override string Description => "A bullet or line of the fields section that starts with a schema field's name (`Company Acme`, `**Company** Acme`, `**Company: Acme`) but has no separator after the key, or an unclosed bold key, is not read as a field. Rather than only reporting the field as missing, this says on that line why it could not be read and how to write it.";
    public override string Example => "## Job Details\n- **Company** Acme";
    public override string Fix => "Write the field as `- **Key**: value`; the quick fix rewrites the line.";

    public override void Check(RuleContext context)
    {
        SourceText source = context.Source;
        foreach (UnreadableField field in context.Document.UnreadableFields)
        {
            // The whole line, bullet marker included, becomes the canonical field line.
            int line = source.GetLineFromOffset(field.Span.Start);
            string text = source.GetLineText(line);
            var whole = TextSpan.FromBounds(source.GetLineStart(line) + (text.Length - text.TrimStart().Length), source.GetLineEnd(line));
            context.Report(
                field.Span,
                $"this looks like field '{field.Spec.Key}' but cannot be read: {field.Why}; write it as '{field.Suggestion}'",
                new CodeFix($"Rewrite as '{field.Suggestion}'", [new TextEdit(whole, field.Suggestion)], IsPreferred: true));
        }
    }
}
