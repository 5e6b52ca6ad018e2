using DossierLsp.Core.Text;

namespace DossierLsp.Core.Language.ConfigFile;

/// <summary>
/// Where the cursor is in a config file: the keys of the mappings around it (<see cref="Item"/> marks a list item),
/// and whether a key or the value of <see cref="Key"/> is being typed over <see cref="Word"/>.
/// </summary>
/// <remarks>
/// <see cref="HasColon"/>: a key being typed already has its colon. <see cref="SpaceBefore"/>: a value typed right
/// after the colon needs a space first. <see cref="Siblings"/>: the other keys of the mapping a key is typed in.
/// </remarks>
internal sealed record ConfigPlace(IReadOnlyList<string> Path, string? Key, TextSpan Word, bool HasColon, bool SpaceBefore = false)
{
    public IReadOnlyList<string> Siblings { get; init; } = [];

    public const string Item = "-";

    public bool InKey => Key is null;

    /// <summary>The place as in a workspace config: a profile file's top level is the config's <c>profile</c>.</summary>
    public ConfigPlace In(ConfigFileKind kind) =>
        kind == ConfigFileKind.Profile && Path is not ["profile", ..] ? this with { Path = ["profile", .. Path] } : this;
}

/// <summary>
/// Works out the <see cref="ConfigPlace"/> from indentation alone, so it answers on text that does not parse yet
/// (a key half typed, no colon). Block mappings and lists only: inside a flow collection (<c>[…]</c>, <c>{…}</c>) it
/// gives up.
/// </summary>
internal static class ConfigCursor
{
    /// <summary>One line as YAML block structure sees it; <see cref="KeyColumn"/> is past any <c>- </c> item marks.</summary>
    private sealed record Line(int Indent, int KeyColumn, bool IsItem, string? Key, int Colon, bool HasValue)
    {
        public bool OpensBlock => Key is not null && !HasValue;
    }

    public static ConfigPlace? Find(SourceText text, int offset)
    {
        int number = text.GetLineFromOffset(offset);
        int lineStart = text.GetLineStart(number);
        string content = text.GetLineText(number);
        int column = offset - lineStart;
        Line? line = Read(content);
        if (line is null)
        {
            // A blank line (or one of spaces, or the cursor before a comment): a key starts where the cursor is.
            int indent = content.Length - content.TrimStart().Length;
            int keyColumn = Math.Min(column, indent);
            return content.Trim().Length == 0 || column <= indent
                ? Place(OwnerOfKey(text, number, keyColumn), null, new TextSpan(offset, 0), hasColon: false) is { } place
                    ? place with { Siblings = SiblingKeys(text, number, keyColumn, startsItem: false) }
                    : null
                : null;
        }
        if (line.Colon >= 0 && column > line.Colon)
        {
            int afterColon = line.Colon + 1;
            int start = content.Length - content[afterColon..].TrimStart().Length;
            string value = ValueText(content[start..]);
            // Inside a flow collection, past the value (a comment), or in the spaces before a value: nothing to offer.
            if (value.StartsWith('[') || value.StartsWith('{') || column > start + value.Length || column < start && value.Length > 0)
            {
                return null;
            }
            // "key:|" gets its value after a space; "key: va|lue" has the whole value replaced.
            TextSpan valueSpan = value.Length > 0 ? new TextSpan(lineStart + start, value.Length) : new TextSpan(offset, 0);
            return Place(OwnerOf(text, number, line), line.Key, valueSpan, hasColon: true, spaceBefore: start == afterColon && column == afterColon);
        }
        if (line.IsItem && line.Colon < 0 || column < line.KeyColumn)
        {
            return null; // a list item's value (a glob, a place), or the item marks themselves
        }
        int end = line.Colon >= 0 ? line.Colon : content.TrimEnd().Length;
        var word = TextSpan.FromBounds(lineStart + line.KeyColumn, lineStart + Math.Max(end, column));
        return Place(OwnerOf(text, number, line), null, word, hasColon: line.Colon >= 0) is { } key
            ? key with { Siblings = SiblingKeys(text, number, line.KeyColumn, line.IsItem) }
            : null;
    }

    /// <summary>
    /// The keys written at <paramref name="column"/> around line <paramref name="number"/> in the same mapping: up to
    /// a line less indented or the start of its list item, down to one less indented or the next item.
    /// </summary>
    private static string[] SiblingKeys(SourceText text, int number, int column, bool startsItem)
    {
        var keys = new List<string>();
        for (int above = number - 1; above >= 0 && !startsItem; above--)
        {
            if (Read(text.GetLineText(above)) is not { } line || line.KeyColumn > column)
            {
                continue;
            }
            if (line.KeyColumn < column)
            {
                break;
            }
            keys.AddRange(line.Key is { } key ? [key] : []);
            if (line.IsItem)
            {
                break;
            }
        }
        for (int below = number + 1; below < text.LineCount; below++)
        {
            if (Read(text.GetLineText(below)) is not { } line || line.KeyColumn > column)
            {
                continue;
            }
            if (line.KeyColumn < column || line.IsItem)
            {
                break;
            }
            keys.AddRange(line.Key is { } key ? [key] : []);
        }
        return [.. keys];
    }

    private static ConfigPlace? Place(IReadOnlyList<string>? owner, string? key, TextSpan word, bool hasColon, bool spaceBefore = false) =>
        owner is null ? null : new ConfigPlace(owner, key, word, hasColon, spaceBefore);

    /// <summary>The keys above what <paramref name="line"/> (line <paramref name="number"/>) starts: its key, or its list item.</summary>
    private static IReadOnlyList<string>? OwnerOf(SourceText text, int number, Line line) =>
        line.IsItem ? OwnerOfItem(text, number, line.Indent)?.Append(ConfigPlace.Item).ToArray() : OwnerOfKey(text, number, line.KeyColumn);

    /// <summary>The keys above a key written at <paramref name="column"/> of line <paramref name="number"/>; null when the structure above makes no sense.</summary>
    private static IReadOnlyList<string>? OwnerOfKey(SourceText text, int number, int column)
    {
        for (int above = number - 1; above >= 0; above--)
        {
            if (Read(text.GetLineText(above)) is not { } line || line.KeyColumn > column)
            {
                continue;
            }
            if (line.KeyColumn == column)
            {
                // A sibling; when it is the first key of a list item, this key belongs to the same item.
                if (line.IsItem)
                {
                    return OwnerOfItem(text, above, line.Indent)?.Append(ConfigPlace.Item).ToArray();
                }
                continue;
            }
            return line.OpensBlock ? Within(text, above, line) : null;
        }
        return column == 0 ? [] : null;
    }

    /// <summary>The keys above a list item whose mark is at <paramref name="indent"/>.</summary>
    private static IReadOnlyList<string>? OwnerOfItem(SourceText text, int number, int indent)
    {
        for (int above = number - 1; above >= 0; above--)
        {
            if (Read(text.GetLineText(above)) is not { } line || line.IsItem && line.Indent == indent || line.KeyColumn > indent)
            {
                continue;
            }
            // YAML lets a list sit at its key's own indentation ("include:" then "- glob").
            return line.OpensBlock ? Within(text, above, line) : null;
        }
        return null;
    }

    private static IReadOnlyList<string>? Within(SourceText text, int number, Line line) => OwnerOf(text, number, line)?.Append(line.Key!).ToArray();

    /// <summary>Null for a blank or comment line.</summary>
    private static Line? Read(string content)
    {
        int indent = content.Length - content.TrimStart(' ').Length;
        int column = indent;
        bool isItem = false;
        while (column < content.Length && content[column] == '-' && (column + 1 == content.Length || content[column + 1] == ' '))
        {
            isItem = true;
            column++;
            while (column < content.Length && content[column] == ' ')
            {
                column++;
            }
        }
        if (column >= content.Length ? !isItem : content[column] == '#')
        {
            return null;
        }
        int colon = KeyColon(content, column);
        string? key = colon < 0 ? null : content[column..colon].Trim().Trim('"', '\'');
        bool hasValue = colon >= 0 && ValueText(content[(colon + 1)..]).Length > 0;
        return new Line(indent, column, isItem, key, colon, hasValue);
    }

    /// <summary>The colon that ends a key: followed by a space or the end of the line, outside quotes.</summary>
    private static int KeyColon(string content, int from)
    {
        char quote = from < content.Length && content[from] is '"' or '\'' ? content[from] : '\0';
        int start = quote == '\0' ? from : content.IndexOf(quote, from + 1) is var close and >= 0 ? close : content.Length;
        for (int i = start; i < content.Length; i++)
        {
            if (content[i] == ':' && (i + 1 == content.Length || content[i + 1] == ' '))
            {
                return i;
            }
            if (content[i] == '#' && i > from && content[i - 1] == ' ')
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>A value as written after its key, without a trailing comment.</summary>
    private static string ValueText(string afterColon)
    {
        string value = afterColon.Trim();
        int comment = value.StartsWith('#') ? 0 : value.IndexOf(" #", StringComparison.Ordinal);
        return (comment >= 0 ? value[..comment] : value).TrimEnd();
    }
}
