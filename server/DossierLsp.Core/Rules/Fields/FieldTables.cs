using DossierLsp.Core.Analysis;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules.Fields;

internal static class FieldTables
{
    /// <summary>Groups table-row fields by the table (run of lines starting with '|') they are in.</summary>
    public static IEnumerable<FieldTable> Group(SourceText source, IEnumerable<FieldEntry> rows)
    {
        var tables = new List<FieldTable>();
        foreach (FieldEntry row in rows)
        {
            if (tables.Count > 0 && tables[^1].Span.ContainsOrTouches(row.LineSpan.Start))
            {
                continue;
            }
            var (first, last) = TableLines(source, source.GetLineFromOffset(row.LineSpan.Start));
            var span = TextSpan.FromBounds(source.GetLineStart(first), source.GetLineEnd(last));
            var fields = rows.Where(f => span.ContainsOrTouches(f.LineSpan.Start)).ToArray();
            tables.Add(new FieldTable(fields, span, Bullets(source, first, last, fields)));
        }
        return tables;
    }

    private static (int First, int Last) TableLines(SourceText source, int line)
    {
        int first = line, last = line;
        while (first > 0 && IsTableLine(source, first - 1))
        {
            first--;
        }
        while (last + 1 < source.LineCount && IsTableLine(source, last + 1))
        {
            last++;
        }
        return (first, last);
    }

    private static bool IsTableLine(SourceText source, int line) => source.GetLineText(line).TrimStart().StartsWith('|');

    // Null when a row other than the header and delimiter rows is not a field: rewriting would lose it.
    private static string? Bullets(SourceText source, int first, int last, FieldEntry[] fields)
    {
        var lines = new List<string>();
        for (int line = first; line <= last; line++)
        {
            TextSpan span = source.GetLineSpan(line);
            if (fields.FirstOrDefault(f => span.ContainsOrTouches(f.LineSpan.Start)) is { } field)
            {
                lines.Add(DocumentEdits.FieldLine(field.Name ?? field.Spec?.Key ?? field.Key, field.Value).TrimEnd());
            }
            else if (line != first && !FieldSyntax.IsDelimiterRow(source, span))
            {
                return null;
            }
        }
        return string.Join(source.PreferredLineBreak, lines);
    }
}
