using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DossierLsp.Core.Yaml;

/// <summary>
/// Reads the first YAML document into a small node tree from YamlDotNet's parser events, with the limits YamlDotNet
/// lacks: size, nesting depth, alias count and expanded node count (so "billion laughs" is refused, not expanded),
/// and an error for duplicate keys. Never throws: every problem is a <see cref="YamlError"/> with line and column.
/// </summary>
public static class SafeYamlReader
{
    private sealed class Builder(bool isMapping, YamlMark start)
    {
        public bool IsMapping { get; } = isMapping;
        public YamlMark Start { get; } = start;
        public string? Anchor { get; init; }
        public List<YamlNode> Items { get; } = [];
        public List<(YamlScalar, YamlNode)> Entries { get; } = [];
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
        public YamlScalar? PendingKey { get; set; }
        public int Size { get; set; } = 1;
    }

    public static YamlReadResult Read(string text, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;
        var errors = new List<YamlError>();
        if (text.Length > limits.MaxChars)
        {
            errors.Add(new YamlError($"the file is {text.Length:N0} characters long; at most {limits.MaxChars:N0} are read", 1, 1));
            return new YamlReadResult(null, errors);
        }

        // YamlDotNet reads a byte-order mark as part of the first key; skip it, keeping marks as offsets into `text`.
        int bom = text.StartsWith('\uFEFF') ? 1 : 0;
        var stack = new Stack<Builder>();
        var anchors = new Dictionary<string, (YamlNode Node, int Size)>(StringComparer.Ordinal);
        YamlNode? root = null;
        int nodes = 0, aliases = 0;
        // Where the last event ended: YamlDotNet's own bugs throw exceptions without a position (an unclosed '[' in a
        // block mapping throws InvalidOperationException), and this is the best place to point at then.
        YamlMark last = new(bom, 1, 1 + bom);
        try
        {
            var parser = new Parser(new StringReader(bom == 0 ? text : text[bom..]));
            while (parser.MoveNext())
            {
                ParsingEvent current = parser.Current!;
                last = Mark(current.End, bom);
                switch (current)
                {
                    case DocumentEnd:
                        return new YamlReadResult(root, errors);
                    case Scalar scalar:
                        var node = new YamlScalar
                        {
                            Value = scalar.Value,
                            IsPlain = scalar.Style == YamlDotNet.Core.ScalarStyle.Plain,
                            Start = Mark(scalar.Start, bom),
                            End = Mark(scalar.End, bom),
                        };
                        Remember(anchors, scalar.Anchor, node, 1);
                        if (!Add(node, 1, 1))
                        {
                            return new YamlReadResult(null, errors);
                        }
                        break;
                    case SequenceStart sequence:
                    case MappingStart mapping:
                        var start = (NodeEvent)current;
                        if (stack.Count >= limits.MaxDepth)
                        {
                            errors.Add(Error($"nested more than {limits.MaxDepth} levels deep", start.Start, bom));
                            return new YamlReadResult(null, errors);
                        }
                        stack.Push(new Builder(current is MappingStart, Mark(start.Start, bom)) { Anchor = start.Anchor.IsEmpty ? null : start.Anchor.Value });
                        break;
                    case SequenceEnd or MappingEnd:
                        Builder done = stack.Pop();
                        YamlNode collection = done.IsMapping
                            ? new YamlMapping { Entries = done.Entries, Start = done.Start, End = Mark(current.End, bom) }
                            : new YamlSequence { Items = done.Items, Start = done.Start, End = Mark(current.End, bom) };
                        if (done.Anchor is { } name)
                        {
                            anchors[name] = (collection, done.Size);
                        }
                        // Its items are counted already: the collection adds one node of its own.
                        if (!Add(collection, done.Size, 1))
                        {
                            return new YamlReadResult(null, errors);
                        }
                        break;
                    case AnchorAlias alias:
                        if (++aliases > limits.MaxAliases)
                        {
                            errors.Add(Error($"more than {limits.MaxAliases} aliases", alias.Start, bom));
                            return new YamlReadResult(null, errors);
                        }
                        if (!anchors.TryGetValue(alias.Value.Value, out var target))
                        {
                            errors.Add(Error($"unknown alias '*{alias.Value.Value}'", alias.Start, bom));
                            return new YamlReadResult(null, errors);
                        }
                        if (!Add(target.Node, target.Size, target.Size, Mark(alias.Start, bom)))
                        {
                            return new YamlReadResult(null, errors);
                        }
                        break;
                }
            }
        }
        catch (YamlException e)
        {
            errors.Add(Error(Clean(e.Message), e.Start, bom));
            return new YamlReadResult(null, errors);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            // YamlDotNet's own message here ("Operation is not valid due to the current state…") helps nobody.
            errors.Add(new YamlError("the YAML is malformed after this point (an unclosed bracket, brace or quote?)", last.Line, last.Column));
            return new YamlReadResult(null, errors);
        }
        return new YamlReadResult(root, errors);

        // Adds a finished node of `size` nodes (counting aliases expanded), `added` of them not yet counted, to its
        // parent; false when a limit or a duplicate key stops reading. Errors are reported at `at` (an alias) or the node.
        bool Add(YamlNode node, int size, int added, YamlMark? at = null)
        {
            YamlMark where = at ?? node.Start;
            nodes += added;
            if (nodes > limits.MaxNodes)
            {
                errors.Add(new YamlError($"expands to more than {limits.MaxNodes:N0} nodes (too many aliases of large anchors?)", where.Line, where.Column));
                return false;
            }
            if (stack.Count == 0)
            {
                root ??= node;
                return true;
            }
            Builder parent = stack.Peek();
            parent.Size += size;
            if (!parent.IsMapping)
            {
                parent.Items.Add(node);
                return true;
            }
            if (parent.PendingKey is null)
            {
                if (node is not YamlScalar key)
                {
                    errors.Add(new YamlError("a mapping key must be a plain value, not a list or mapping", where.Line, where.Column));
                    return false;
                }
                if (!parent.Keys.Add(key.Value))
                {
                    errors.Add(new YamlError($"duplicate key '{key.Value}'", where.Line, where.Column));
                    return false;
                }
                parent.PendingKey = key;
                return true;
            }
            parent.Entries.Add((parent.PendingKey, node));
            parent.PendingKey = null;
            return true;
        }
    }

    private static void Remember(Dictionary<string, (YamlNode, int)> anchors, AnchorName anchor, YamlNode node, int size)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = (node, size);
        }
    }

    // `bom` is 1 when a byte-order mark was skipped: it still counts as the first character of the text and of line 1.
    private static YamlMark Mark(Mark mark, int bom) =>
        new((int)mark.Index + bom, (int)mark.Line, (int)mark.Column + (mark.Line == 1 ? bom : 0));

    private static YamlError Error(string message, Mark mark, int bom)
    {
        YamlMark at = Mark(mark, bom);
        return new(message, Math.Max(1, at.Line), Math.Max(1, at.Column));
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: …) - (…):"; the error carries the position already.
    private static string Clean(string message)
    {
        int cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? message[(cut + 3)..] : message).Trim();
    }
}
