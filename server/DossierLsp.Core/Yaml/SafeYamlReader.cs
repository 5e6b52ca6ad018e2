using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DossierLsp.Core.Yaml;

/// <summary>
/// Reads the first YAML document into a small node tree from YamlDotNet's parser events, with the limits YamlDotNet
/// lacks: size, nesting depth, alias count and expanded node count (so "billion laughs" is refused, not expanded),
/// and an error for duplicate keys. Never throws: every problem is a <see cref="YamlError"/> with line and column.
/// </summary>
internal static class SafeYamlReader
{
    public static YamlReadResult Read(string text, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;
        if (text.Length > limits.MaxChars)
        {
            var tooLong = new YamlError($"the file is {text.Length:N0} characters long; at most {limits.MaxChars:N0} are read", 1, 1);
            return new YamlReadResult(null, [tooLong]);
        }
        return new Reading(text, limits).Run();
    }

    /// <summary>One read: the open collections, the anchors seen and the counts the limits apply to.</summary>
    private sealed class Reading(string text, YamlLimits limits)
    {
        // YamlDotNet reads a byte-order mark as part of the first key; it is skipped, keeping marks as offsets into `text`.
        private readonly int bom = text.StartsWith('\uFEFF') ? 1 : 0;
        private readonly List<YamlError> errors = [];
        private readonly Stack<Builder> stack = new();
        private readonly Dictionary<string, (YamlNode Node, int Size)> anchors = new(StringComparer.Ordinal);
        private YamlNode? root;
        private int nodes, aliases;

        public YamlReadResult Run()
        {
            // Where the last event ended: YamlDotNet's own bugs throw exceptions without a position (an unclosed '[' in
            // a block mapping throws InvalidOperationException), and this is the best place to point at then.
            YamlMark last = new(bom, 1, 1 + bom);
            try
            {
                var parser = new Parser(new StringReader(bom == 0 ? text : text[bom..]));
                while (parser.MoveNext() && parser.Current is not DocumentEnd)
                {
                    last = Mark(parser.Current!.End);
                    if (!Accept(parser.Current))
                    {
                        return new YamlReadResult(null, errors);
                    }
                }
            }
            catch (YamlException e)
            {
                errors.Add(Error(Clean(e.Message), e.Start));
                return new YamlReadResult(null, errors);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
            {
                // YamlDotNet's own message here ("Operation is not valid due to the current state…") helps nobody.
                errors.Add(new YamlError("the YAML is malformed after this point (an unclosed bracket, brace or quote?)", last.Line, last.Column));
                return new YamlReadResult(null, errors);
            }
            return new YamlReadResult(root, errors);
        }

        // False when a limit or a mistake stops reading (the error is recorded).
        private bool Accept(ParsingEvent current) => current switch
        {
            Scalar scalar => AcceptScalar(scalar),
            SequenceStart or MappingStart => Open((NodeEvent)current),
            SequenceEnd or MappingEnd => Close(current.End),
            AnchorAlias alias => AcceptAlias(alias),
            _ => true,
        };

        private bool AcceptScalar(Scalar scalar)
        {
            var node = new YamlScalar
            {
                Value = scalar.Value,
                IsPlain = scalar.Style == ScalarStyle.Plain,
                Start = Mark(scalar.Start),
                End = Mark(scalar.End),
            };
            if (!scalar.Anchor.IsEmpty)
            {
                anchors[scalar.Anchor.Value] = (node, 1);
            }
            return Add(node, 1, 1);
        }

        private bool Open(NodeEvent start)
        {
            if (stack.Count >= limits.MaxDepth)
            {
                errors.Add(Error($"nested more than {limits.MaxDepth} levels deep", start.Start));
                return false;
            }
            stack.Push(new Builder(start is MappingStart, Mark(start.Start)) { Anchor = start.Anchor.IsEmpty ? null : start.Anchor.Value });
            return true;
        }

        private bool Close(Mark end)
        {
            Builder done = stack.Pop();
            YamlNode collection = done.IsMapping
                ? new YamlMapping { Entries = done.Entries, Start = done.Start, End = Mark(end) }
                : new YamlSequence { Items = done.Items, Start = done.Start, End = Mark(end) };
            if (done.Anchor is { } name)
            {
                anchors[name] = (collection, done.Size);
            }
            // Its items are counted already: the collection adds one node of its own.
            return Add(collection, done.Size, 1);
        }

        private bool AcceptAlias(AnchorAlias alias)
        {
            if (++aliases > limits.MaxAliases)
            {
                errors.Add(Error($"more than {limits.MaxAliases} aliases", alias.Start));
                return false;
            }
            if (!anchors.TryGetValue(alias.Value.Value, out var target))
            {
                errors.Add(Error($"unknown alias '*{alias.Value.Value}'", alias.Start));
                return false;
            }
            return Add(target.Node, target.Size, target.Size, Mark(alias.Start));
        }

        // Adds a finished node of `size` nodes (counting aliases expanded), `added` of them not yet counted, to its
        // parent. Errors are reported at `at` (an alias) or the node.
        private bool Add(YamlNode node, int size, int added, YamlMark? at = null)
        {
            YamlMark where = at ?? node.Start;
            nodes += added;
            if (nodes > limits.MaxNodes)
            {
                return Fail($"expands to more than {limits.MaxNodes:N0} nodes (too many aliases of large anchors?)", where);
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
            return parent.PendingKey is null ? AddKey(parent, node, where) : AddValue(parent, node);
        }

        private bool AddKey(Builder mapping, YamlNode node, YamlMark where)
        {
            if (node is not YamlScalar key)
            {
                return Fail("a mapping key must be a plain value, not a list or mapping", where);
            }
            if (!mapping.Keys.Add(key.Value))
            {
                return Fail($"duplicate key '{key.Value}'", where);
            }
            mapping.PendingKey = key;
            return true;
        }

        private static bool AddValue(Builder mapping, YamlNode node)
        {
            mapping.Entries.Add((mapping.PendingKey!, node));
            mapping.PendingKey = null;
            return true;
        }

        private bool Fail(string message, YamlMark where)
        {
            errors.Add(new YamlError(message, where.Line, where.Column));
            return false;
        }

        // `bom` is 1 when a byte-order mark was skipped: it still counts as the first character of the text and of line 1.
        private YamlMark Mark(Mark mark) =>
            new((int)mark.Index + bom, (int)mark.Line, (int)mark.Column + (mark.Line == 1 ? bom : 0));

        private YamlError Error(string message, Mark mark)
        {
            YamlMark at = Mark(mark);
            return new(message, Math.Max(1, at.Line), Math.Max(1, at.Column));
        }
    }

    /// <summary>A sequence or mapping being read: its items so far and the nodes they expand to.</summary>
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

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: …) - (…):"; the error carries the position already.
    private static string Clean(string message)
    {
        int cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? message[(cut + 3)..] : message).Trim();
    }
}
