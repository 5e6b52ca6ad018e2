using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Analysis;

/// <summary>Edits that fixes, completions and commands share, so they all insert things in the same place and shape.</summary>
internal static class DocumentEdits
{
    /// <summary>The canonical field line: <c>- **Key**: value</c>.</summary>
    public static string FieldLine(string key, string value) => $"- **{key}**: {value}";

    /// <summary>Inserts a missing section, with its template, after the last present section the schema puts before it.</summary>
    public static TextEdit InsertSection(BoundDocument document, SectionSpec spec)
    {
        SourceText source = document.Document.Source;
        string nl = source.PreferredLineBreak;
        string body = $"## {spec.Heading}{nl}{BodyWithLineBreak(spec, nl)}";

        BoundSection? before = document.Sections.LastOrDefault(s => s.Spec is { } other && other.Order < spec.Order);
        BoundSection? after = document.Sections.FirstOrDefault(s => s.Spec is { } other && other.Order > spec.Order);
        if (before is null && after is not null)
        {
            return new TextEdit(new TextSpan(after.Section.Span.Start, 0), body + nl);
        }

        int insertAt = before?.Section.Span.End ?? source.Length;
        // Keep exactly one blank line between what precedes and the new section.
        string prefix = source.Length == 0 ? "" : EndsWithBlankLine(source.Text, insertAt) ? "" : EndsWithLineBreak(source.Text, insertAt) ? nl : nl + nl;
        string suffix = insertAt < source.Length ? nl : "";
        return new TextEdit(new TextSpan(insertAt, 0), prefix + body + suffix);
    }

    /// <summary>Inserts <c>- **Key**: value</c> into the fields section after the fields the schema puts before it; null without a fields section.</summary>
    public static TextEdit? InsertField(BoundDocument document, FieldSpec spec, string value)
    {
        if (document.FieldsSection is null)
        {
            return null;
        }
        SourceText source = document.Document.Source;
        string nl = source.PreferredLineBreak;
        int order = IndexOf(document.Schema, spec);
        var bullets = document.Fields.Where(f => f.Form != FieldForm.FrontMatter).ToArray();
        FieldEntry? before = bullets.LastOrDefault(f => f.Spec is { } other && IndexOf(document.Schema, other) < order);
        string line = FieldLine(spec.Key, value);
        if (before is not null)
        {
            return InsertLineAfter(source, source.GetLineFromOffset(before.LineSpan.Start), line);
        }
        if (bullets.Length > 0)
        {
            int start = source.GetLineStart(source.GetLineFromOffset(bullets[0].LineSpan.Start));
            return new TextEdit(new TextSpan(start, 0), line + nl);
        }
        return InsertLineAfter(source, source.GetLineFromOffset(document.FieldsSection.Section.Heading.Span.End), line);
    }

    /// <summary>Inserts <paramref name="line"/> as a new line after line <paramref name="after"/> (which may be the last, unterminated one).</summary>
    private static TextEdit InsertLineAfter(SourceText source, int after, string line)
    {
        string nl = source.PreferredLineBreak;
        int end = source.GetLineEndIncludingBreak(after);
        return new TextEdit(new TextSpan(end, 0), EndsWithLineBreak(source.Text, end) ? line + nl : nl + line);
    }

    public static TextEdit ReplaceValue(FieldEntry field, string value) => new(field.ValueSpan, value);

    private static int IndexOf(DossierSchema schema, FieldSpec spec)
    {
        for (int i = 0; i < schema.Fields.Count; i++)
        {
            if (schema.Fields[i] == spec)
            {
                return i;
            }
        }
        return int.MaxValue;
    }

    private static string BodyWithLineBreak(SectionSpec spec, string nl)
    {
        string template = spec.TemplateBody(nl);
        return template.Length == 0 ? "" : template + nl;
    }

    private static bool EndsWithLineBreak(string text, int offset) => offset > 0 && text[offset - 1] is '\n' or '\r';

    private static bool EndsWithBlankLine(string text, int offset)
    {
        if (!EndsWithLineBreak(text, offset))
        {
            return false;
        }
        int i = offset - 1;
        if (text[i] == '\n' && i > 0 && text[i - 1] == '\r')
        {
            i--;
        }
        return i == 0 || text[i - 1] is '\n' or '\r';
    }
}
