using DossierLsp.Core.Document;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Analysis;

/// <summary>
/// Reads the fields of a document: front matter keys that name schema fields, then every bullet and paragraph line of the
/// fields section that reads as a field, bound to schema fields (exactly, by style, or as a probable misspelling).
/// </summary>
internal static class FieldBinder
{
    private const int MaxKeyWords = 4;

    public static (FieldEntry[] Fields, UnreadableField[] Unreadable) Read(DossierDocument document, DossierSchema schema, BoundSection? fieldsSection)
    {
        var fields = new List<FieldEntry>();
        Dictionary<string, SchemaMatch<FieldSpec>?>? notExact = null;
        foreach (FrontMatterEntry entry in document.FrontMatter)
        {
            // Front matter keys that name no schema field belong to the user and are left alone.
            if (MatchField(schema, entry.Key, ref notExact) is { } match)
            {
                fields.Add(new FieldEntry(entry.Key, entry.KeySpan, entry.Value, entry.ValueSpan, entry.KeySpan, FieldForm.FrontMatter, match.Spec));
            }
        }
        if (fieldsSection is null)
        {
            return (fields.ToArray(), []);
        }

        // Unknown keys wait until every known one is bound: only a field the document lacks can be misspelt.
        var pending = new List<(FieldSyntax.FieldLine Entry, bool Strict)>();
        var unread = new List<TextSpan>();
        foreach (var (line, bulleted) in Lines(document.Source, fieldsSection.Section))
        {
            if (FieldSyntax.TryRead(document.Source, line, bulleted) is not { } entry)
            {
                unread.Add(line);
            }
            else if (MatchField(schema, entry.Key, ref notExact) is { } match)
            {
                fields.Add(entry.Bind(match));
            }
            else
            {
                // Lines without a bullet, unusual separators and table headers are fields only when they name one.
                bool strict = entry.Form is FieldForm.Line or FieldForm.Separated || entry.Form == FieldForm.Table && IsTableHeader(document.Source, line);
                pending.Add((entry, strict));
            }
        }
        if (pending.Count > 0)
        {
            BindUnknownKeys(schema, pending, fields, unread);
        }
        // Front matter comes first in the file, so document order puts its fields first.
        fields.Sort((a, b) => a.LineSpan.Start.CompareTo(b.LineSpan.Start));
        return (fields.ToArray(), unread.Count == 0 ? [] : unread.OrderBy(l => l.Start).Select(l => Diagnose(document.Source, schema, l)).OfType<UnreadableField>().ToArray());
    }

    // Binds the keys that named no field to a field the document lacks when they are a misspelling of it; the others
    // are fields of no spec, or (strict ones) unread lines.
    private static void BindUnknownKeys(DossierSchema schema, List<(FieldSyntax.FieldLine Entry, bool Strict)> pending, List<FieldEntry> fields, List<TextSpan> unread)
    {
        var present = fields.Where(f => f.Spec is not null).Select(f => f.Spec!).ToHashSet();
        // Also once per distinct key, until a misspelling binds and so takes its field out of the candidates.
        var misspellings = new Dictionary<string, SchemaMatch<FieldSpec>?>(StringComparer.Ordinal);
        foreach (var (entry, strict) in pending)
        {
            if (!misspellings.TryGetValue(entry.Key, out SchemaMatch<FieldSpec>? misspelt))
            {
                misspellings[entry.Key] = misspelt = NameKey.Misspelling(entry.Key, schema.Fields.Where(f => !present.Contains(f)), f => f.Names);
            }
            if (misspelt is not null)
            {
                fields.Add(entry.Bind(misspelt));
                present.Add(misspelt.Spec);
                misspellings.Clear();
            }
            else if (!strict)
            {
                fields.Add(entry.Bind(null));
            }
            else
            {
                unread.Add(entry.LineSpan);
            }
        }
    }

    // Most keys are spelt as the schema spells them, a table lookup; a pasted block can repeat another key thousands of
    // times, so each of those is matched once.
    private static SchemaMatch<FieldSpec>? MatchField(DossierSchema schema, string key, ref Dictionary<string, SchemaMatch<FieldSpec>?>? notExact)
    {
        if (schema.MatchFieldExactly(key) is { } exact)
        {
            return exact;
        }
        notExact ??= new Dictionary<string, SchemaMatch<FieldSpec>?>(StringComparer.Ordinal);
        return notExact.TryGetValue(key, out var known) ? known : notExact[key] = schema.MatchField(key);
    }

    /// <summary>The section's bullets (after their marker) and paragraph lines, in document order.</summary>
    private static List<(TextSpan Line, bool Bulleted)> Lines(SourceText source, Section section)
    {
        var lines = new List<(TextSpan Line, bool Bulleted)>(section.Items.Count);
        foreach (BulletItem item in section.Items)
        {
            lines.Add((item.LineSpan, true));
        }
        foreach (TextSpan paragraph in section.Paragraphs)
        {
            foreach (TextSpan line in ParagraphLines(source, paragraph))
            {
                lines.Add((line, false));
            }
        }
        // No two lines start at one offset, so an unstable sort keeps document order.
        lines.Sort((a, b) => a.Line.Start.CompareTo(b.Line.Start));
        return lines;
    }

    // Each source line of a paragraph, from its first non-blank character: "Company: Acme" lines and table rows.
    private static IEnumerable<TextSpan> ParagraphLines(SourceText source, TextSpan paragraph)
    {
        int last = source.GetLineFromOffset(Math.Max(paragraph.Start, paragraph.End - 1));
        for (int line = source.GetLineFromOffset(paragraph.Start); line <= last; line++)
        {
            if (TrimmedLine(source, line) is { IsEmpty: false } span)
            {
                yield return span;
            }
        }
    }

    private static TextSpan TrimmedLine(SourceText source, int line)
    {
        int start = source.GetLineStart(line), end = source.GetLineEnd(line);
        while (start < end && source.Text[start] is ' ' or '\t')
        {
            start++;
        }
        return TextSpan.FromBounds(start, end);
    }

    private static bool IsTableHeader(SourceText source, TextSpan line)
    {
        int next = source.GetLineFromOffset(line.Start) + 1;
        return next < source.LineCount && FieldSyntax.IsDelimiterRow(source, TrimmedLine(source, next));
    }

    /// <summary>Why a line that names a schema field is not read as one, or null when it does not look like a field.</summary>
    private static UnreadableField? Diagnose(SourceText source, DossierSchema schema, TextSpan line)
    {
        string text = source.ToString(line);
        if (text.StartsWith('|'))
        {
            string cell = text.Trim('|', ' ').Trim('*', '_', ' ', ':');
            return schema.MatchField(cell) is { } row ? Unreadable(line, row.Spec, "the table row has no cell for the value", "") : null;
        }
        if (FieldSyntax.StartsWithEmphasis(source.Text, line.Start, line.End))
        {
            string delimiter = text[..2];
            int close = text.IndexOf(delimiter, 2, StringComparison.Ordinal);
            string key = close < 0 ? text[2..].Split(':')[0] : text[2..close];
            string rest = close < 0 ? (text.IndexOf(':') is int c and >= 0 ? text[(c + 1)..] : "") : text[(close + 2)..];
            return schema.MatchField(key.TrimEnd(':', ' ')) is { } bold
                ? Unreadable(line, bold.Spec, close < 0 ? $"its bold key is not closed with '{delimiter}'" : "there is no ':' after its key", rest)
                : null;
        }
        string[] words = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        for (int count = Math.Min(MaxKeyWords, words.Length - 1); count >= 1; count--)
        {
            if (schema.MatchField(string.Join(' ', words[..count])) is { } plain)
            {
                return Unreadable(line, plain.Spec, "there is no ':' after its key", string.Join(' ', words[count..]));
            }
        }
        return null;
    }

    private static UnreadableField Unreadable(TextSpan line, FieldSpec spec, string why, string value) =>
        new(line, spec, why, DocumentEdits.FieldLine(spec.Key, value.Trim().TrimStart(':', '-', '–', '—', '=').Trim()));
}
