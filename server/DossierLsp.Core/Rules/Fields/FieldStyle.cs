using DossierLsp.Core.Analysis;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules.Fields;

internal sealed class FieldStyle : Rule
{
    public override string Id => "field-style";
    public override Severity DefaultSeverity => Severity.Info;
    public override string Summary => "A field is not written in the canonical `- **Key**: value` form.";
    public override string Description => "Fields are read in several forms (`__Key__: value`, `Key: value`, `**Key:** value`) and with the schema's case-insensitive key, but the canonical form is `- **Key**: value` with the schema's spelling of the key.";
    public override string Example => "* Company: Acme";
    public override string Fix => "Use the canonical form; the quick fix rewrites the field.";

    public override void Check(RuleContext context)
    {
        foreach (FieldEntry field in context.Document.Fields)
        {
            if (field.Form == FieldForm.FrontMatter || field.Spec is not { } spec)
            {
                continue;
            }
            string key = spec.Aliases.FirstOrDefault(a => string.Equals(a, field.Key, StringComparison.OrdinalIgnoreCase)) ?? spec.Key;
            string written = context.Source.ToString(TextSpan.FromBounds(field.LineSpan.Start, field.ValueSpan.Start)).TrimEnd();
            string canonical = $"**{key}**:";
            if (string.Equals(written, canonical, StringComparison.Ordinal))
            {
                continue;
            }
            // Replace everything before the value, keeping the value itself untouched.
            var span = TextSpan.FromBounds(field.LineSpan.Start, field.ValueSpan.IsEmpty ? field.LineSpan.End : field.ValueSpan.Start);
            string replacement = canonical + " ";
            context.Report(
                field.KeySpan,
                $"field '{field.Key}' should be written '**{key}**: value'",
                new CodeFix($"Rewrite as '**{key}**:'", [new TextEdit(span, replacement)], IsPreferred: true, IsAutomatic: true));
        }
    }
}
