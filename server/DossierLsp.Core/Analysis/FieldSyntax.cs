using DossierLsp.Core.Document;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Analysis;

/// <summary>Reads a bullet as a field: <c>**Key**: value</c>, <c>__Key__: value</c>, <c>**Key:** value</c> or <c>Key: value</c>.</summary>
public static class FieldSyntax
{
    // A plain "Key: value" bullet is only a field when its key looks like a name, not a sentence.
    private const int MaxPlainKeyLength = 40;

    public static FieldEntry? TryRead(SourceText source, BulletItem item)
    {
        string text = source.Text;
        int start = item.LineSpan.Start, end = item.LineSpan.End;
        if (start + 2 <= end && (string.CompareOrdinal(text, start, "**", 0, 2) == 0 || string.CompareOrdinal(text, start, "__", 0, 2) == 0))
        {
            string delimiter = text.Substring(start, 2);
            int close = text.IndexOf(delimiter, start + 2, end - start - 2, StringComparison.Ordinal);
            if (close < 0)
            {
                return null;
            }
            TextSpan inner = Trim(text, TextSpan.FromBounds(start + 2, close));
            int after = close + 2;
            if (inner.Length > 0 && text[inner.End - 1] == ':')
            {
                TextSpan key = Trim(text, TextSpan.FromBounds(inner.Start, inner.End - 1));
                return Entry(source, key, after, end, item, FieldForm.BoldColonInside);
            }
            int colon = SkipSpaces(text, after, end);
            return colon < end && text[colon] == ':' && inner.Length > 0
                ? Entry(source, inner, colon + 1, end, item, FieldForm.Bold)
                : null;
        }

        int plainColon = text.IndexOf(':', start, end - start);
        if (plainColon <= start)
        {
            return null;
        }
        TextSpan plainKey = Trim(text, TextSpan.FromBounds(start, plainColon));
        if (plainKey.Length == 0 || plainKey.Length > MaxPlainKeyLength || source.ToString(plainKey).Contains("**", StringComparison.Ordinal)
            || source.ToString(plainKey).Contains("](", StringComparison.Ordinal))
        {
            return null;
        }
        return Entry(source, plainKey, plainColon + 1, end, item, FieldForm.Plain);
    }

    private static FieldEntry Entry(SourceText source, TextSpan key, int valueStart, int lineEnd, BulletItem item, FieldForm form)
    {
        TextSpan value = Trim(source.Text, TextSpan.FromBounds(valueStart, lineEnd));
        if (value.IsEmpty)
        {
            // Point an empty value just after the colon and its space, where typing would put it.
            int at = Math.Min(SkipSpaces(source.Text, valueStart, lineEnd), lineEnd);
            value = new TextSpan(at, 0);
        }
        return new FieldEntry(source.ToString(key), key, source.ToString(value), value, item.LineSpan, form, Spec: null);
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
}
