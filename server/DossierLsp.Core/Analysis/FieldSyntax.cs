using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Analysis;

/// <summary>
/// Reads a line of the fields section as a field: <c>**Key**: value</c>, <c>__Key__: value</c>, <c>**Key:** value</c>,
/// <c>Key: value</c>, <c>Key:: value</c>, <c>Key = value</c>, <c>Key - value</c> (after a bullet or not), and table rows
/// <c>| Key | value |</c>. Whether a line read this way counts as a field is <see cref="BoundDocument"/>'s decision.
/// </summary>
internal static class FieldSyntax
{
    /// <summary>A line read as a field, not yet bound to the schema.</summary>
    public readonly record struct FieldLine(string Key, TextSpan KeySpan, string Value, TextSpan ValueSpan, TextSpan LineSpan, FieldForm Form)
    {
        public FieldEntry Bind(SchemaMatch<FieldSpec>? match) =>
            new(Key, KeySpan, Value, ValueSpan, LineSpan, Form, match?.Spec) { Match = match?.Kind ?? default, Name = match?.Name };
    }

    // A plain "Key: value" line is only a field when its key looks like a name, not a sentence.
    public const int MaxPlainKeyLength = 40;

    private static readonly string[] WeakSeparators = [" = ", " - ", " – ", " — "];

    /// <summary>Reads <paramref name="line"/> (after its bullet marker, if <paramref name="bulleted"/>) as a field, or null.</summary>
    public static FieldLine? TryRead(SourceText source, TextSpan line, bool bulleted)
    {
        string text = source.Text;
        if (line.Start < line.End && text[line.Start] == '|')
        {
            return TableRow(source, line);
        }
        FieldLine? read = StartsWithEmphasis(text, line.Start, line.End) ? BoldKey(source, line) : PlainKey(source, line);
        return read is { } field && !bulleted ? field with { Form = FieldForm.Line } : read;
    }

    /// <summary>True when the line opens with <c>**</c> or <c>__</c>: a bold key, read or not.</summary>
    public static bool StartsWithEmphasis(string text, int start, int end) =>
        start + 2 <= end && (string.CompareOrdinal(text, start, "**", 0, 2) == 0 || string.CompareOrdinal(text, start, "__", 0, 2) == 0);

    private static FieldLine? BoldKey(SourceText source, TextSpan line)
    {
        string text = source.Text;
        int start = line.Start, end = line.End;
        int close = text.AsSpan(start + 2, end - start - 2).IndexOf(text.AsSpan(start, 2));
        if (close < 0)
        {
            return null;
        }
        close += start + 2;
        TextSpan inner = Trim(text, TextSpan.FromBounds(start + 2, close));
        int after = close + 2;
        if (inner.Length > 0 && text[inner.End - 1] == ':')
        {
            TextSpan key = WithoutTrailing(text, Trim(text, TextSpan.FromBounds(inner.Start, inner.End - 1)), ':');
            return Entry(source, key, after, end, line, FieldForm.BoldColonInside);
        }
        int at = SkipSpaces(text, after, end);
        if (inner.Length == 0 || at >= end)
        {
            return null;
        }
        if (text[at] == ':')
        {
            int valueStart = at + 1 < end && text[at + 1] == ':' ? at + 2 : at + 1;
            return Entry(source, inner, valueStart, end, line, valueStart == at + 1 ? FieldForm.Bold : FieldForm.Separated);
        }
        return text[at] is '=' or '-' or '–' or '—' && at + 1 < end && text[at + 1] is ' ' or '\t'
            ? Entry(source, inner, at + 1, end, line, FieldForm.Separated)
            : null;
    }

    private static FieldLine? PlainKey(SourceText source, TextSpan line)
    {
        string text = source.Text;
        int start = line.Start, end = line.End;
        int colon = IndexOfColon(text, start, end);
        var (separator, length) = (colon, 1);
        if (colon >= 0 && colon + 1 < end && text[colon + 1] == ':')
        {
            length = 2;
        }
        foreach (string weak in WeakSeparators)
        {
            int at = text.IndexOf(weak, start, Math.Min(end, start + MaxPlainKeyLength + 2) - start, StringComparison.Ordinal);
            if (at > start && (separator < 0 || at < separator))
            {
                (separator, length) = (at, weak.Length);
            }
        }
        if (separator <= start)
        {
            return null;
        }
        TextSpan key = Trim(text, TextSpan.FromBounds(start, separator));
        ReadOnlySpan<char> written = text.AsSpan(key.Start, key.Length);
        if (key.Length == 0 || key.Length > MaxPlainKeyLength || written.Contains("**", StringComparison.Ordinal) || written.Contains("](", StringComparison.Ordinal))
        {
            return null;
        }
        FieldForm form = text[separator] == ':' && length == 1 ? FieldForm.Plain : FieldForm.Separated;
        return Entry(source, key, separator + length, end, line, form);
    }

    // The first colon that is not part of a URL ("https://…").
    private static int IndexOfColon(string text, int start, int end)
    {
        int colon = text.IndexOf(':', start, end - start);
        return colon >= 0 && colon + 2 < end && text[colon + 1] == '/' && text[colon + 2] == '/' ? -1 : colon;
    }

    private static FieldLine? TableRow(SourceText source, TextSpan line)
    {
        string text = source.Text;
        var cells = new List<TextSpan>();
        int cellStart = line.Start + 1;
        for (int i = cellStart; i < line.End; i++)
        {
            if (text[i] == '|' && text[i - 1] != '\\')
            {
                cells.Add(Trim(text, TextSpan.FromBounds(cellStart, i)));
                cellStart = i + 1;
            }
        }
        if (cellStart < line.End && !Trim(text, TextSpan.FromBounds(cellStart, line.End)).IsEmpty)
        {
            cells.Add(Trim(text, TextSpan.FromBounds(cellStart, line.End)));
        }
        if (cells.Count < 2 || cells.All(c => IsDelimiterCell(source.ToString(c))))
        {
            return null;
        }
        TextSpan key = cells[0];
        if (StartsWithEmphasis(text, key.Start, key.End) && key.Length > 4)
        {
            key = Trim(text, TextSpan.FromBounds(key.Start + 2, key.End - 2));
        }
        key = WithoutTrailing(text, key, ':');
        return Entry(source, key, cells[1].Start, cells[1].End, line, FieldForm.Table);
    }

    private static bool IsDelimiterCell(string cell) => cell.Length > 0 && cell.All(c => c is '-' or ':' or ' ');

    /// <summary>True for a table's delimiter row, <c>|---|:---|</c>.</summary>
    public static bool IsDelimiterRow(SourceText source, TextSpan line)
    {
        string row = source.ToString(line).Trim().Trim('|');
        return row.Contains('-') && row.Split('|').All(c => IsDelimiterCell(c.Trim()));
    }

    private static FieldLine? Entry(SourceText source, TextSpan key, int valueStart, int valueEnd, TextSpan line, FieldForm form)
    {
        TextSpan value = Trim(source.Text, TextSpan.FromBounds(valueStart, valueEnd));
        if (value.IsEmpty)
        {
            // Point an empty value just after the colon and its space, where typing would put it.
            int at = Math.Min(SkipSpaces(source.Text, valueStart, valueEnd), valueEnd);
            value = new TextSpan(at, 0);
        }
        string name = source.ToString(key);
        // "📋: x" or "| **** | x |": a key with no letter or digit names nothing.
        return NameKey.IsEmpty(name) ? null : new FieldLine(name, key, source.ToString(value), value, line, form);
    }

    private static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && text[i] is ' ' or '\t')
        {
            i++;
        }
        return i;
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        int s = span.Start, e = span.End;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }
        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }
        return TextSpan.FromBounds(s, e);
    }

    private static TextSpan WithoutTrailing(string text, TextSpan span, char c)
    {
        int e = span.End;
        while (e > span.Start && (text[e - 1] == c || char.IsWhiteSpace(text[e - 1])))
        {
            e--;
        }
        return TextSpan.FromBounds(span.Start, e);
    }
}
