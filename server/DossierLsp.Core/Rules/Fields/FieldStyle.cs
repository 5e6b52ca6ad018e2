using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules.Fields;

internal sealed class FieldStyle : Rule
{
    public override string Id => "field-style";
    public override Severity DefaultSeverity => Severity.Info;
    public override string Summary => "A field is not written in the canonical `- **Key**: value` form.";
    public override string Description => "Fields are read in many forms: `- __Key__: value` (also canonical), `- Key: value`, `- **Key:** value`, `- Key = value`, `- Key - value`, `Key:: value`, any of these without the bullet (`Company: Acme`), and the rows of a two-column table (`| Company | Acme |`); the key is matched whatever its case and decoration (`Salary (USD)`). The canonical form is `- **Key**: value` with the schema's spelling of the key; a table is reported once, and its fix rewrites it as bullets.";
    public override string Example => "* Company: Acme";
    public override string Fix => "Use the canonical form; the quick fix rewrites the field.";

    public override void Check(RuleContext context)
    {
        bool anyTable = false;
        foreach (FieldEntry field in context.Document.Fields)
        {
            anyTable |= field.Form == FieldForm.Table;
            // Misspelt keys are reported by field-unknown and field-missing, with a rename.
            if (field.Form is FieldForm.FrontMatter or FieldForm.Table || field.Spec is null || field.Match == NameMatchKind.Misspelt)
            {
                continue;
            }
            string key = field.Name ?? field.Spec!.Key;
            ReadOnlySpan<char> written = context.Source.Text.AsSpan(field.LineSpan.Start, field.ValueSpan.Start - field.LineSpan.Start).TrimEnd();
            if (field.Form != FieldForm.Line && (IsBoldKey(written, "**", key) || IsBoldKey(written, "__", key)))
            {
                continue;
            }
            // Replace everything before the value, keeping the value itself untouched.
            var span = TextSpan.FromBounds(field.LineSpan.Start, field.ValueSpan.IsEmpty ? field.LineSpan.End : field.ValueSpan.Start);
            string canonical = field.Form == FieldForm.Line ? DocumentEdits.FieldLine(key, "") : $"**{key}**: ";
            context.Report(
                field.KeySpan,
                $"field '{field.Key}' should be written '{canonical}value'",
                new CodeFix($"Rewrite as '{canonical.TrimEnd()}'", [new TextEdit(span, canonical)], IsPreferred: true, IsAutomatic: true));
        }
        if (!anyTable)
        {
            return;
        }
        foreach (var table in FieldTables.Group(context.Source, context.Document.Fields.Where(f => f.Form == FieldForm.Table)))
        {
            FieldEntry first = table.Fields[0];
            CodeFix[] fixes = table.AsBullets is { } bullets
                ? [new CodeFix("Rewrite the table as '- **Key**: value' bullets", [new TextEdit(table.Span, bullets)], IsPreferred: true, IsAutomatic: true)]
                : [];
            context.Report(first.KeySpan, $"fields written as a table; the canonical form is one '- **Key**: value' bullet per field", fixes);
        }
    }

    // "**Key**:" compared in place: every field of every dossier is checked, and almost all are canonical.
    private static bool IsBoldKey(ReadOnlySpan<char> written, string delimiter, string key) =>
        written.Length == key.Length + 2 * delimiter.Length + 1 && written.StartsWith(delimiter, StringComparison.Ordinal)
        && written[delimiter.Length..^(delimiter.Length + 1)].SequenceEqual(key) && written[^(delimiter.Length + 1)..^1].SequenceEqual(delimiter) && written[^1] == ':';
}
