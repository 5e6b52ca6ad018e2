namespace DossierLsp.Core.Schema;

public sealed class EnumSpec
{
    // "Phone screen" is at most a few words; longer prefixes are never compared.
    private const int MaxWords = 6;

    // Each key (see NameKey) with its value, and whether the key is an alias's rather than the value's own.
    private Dictionary<string, (EnumValueSpec Value, bool IsAlias)>? _byKey;

    public required string Name { get; init; }
    public string? Description { get; init; }
    /// <summary>Values in lifecycle order.</summary>
    public required IReadOnlyList<EnumValueSpec> Values { get; init; }

    public EnumValueSpec? Find(string value, bool ignoreCase) =>
        Values.FirstOrDefault(v => string.Equals(v.Value, value.Trim(), ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));

    /// <summary>
    /// The stage the user most likely moves to from <paramref name="current"/>: the next value that is not an
    /// any-stage outcome; the first stage when there is no (known) current value; null after the last stage or an outcome.
    /// </summary>
    public EnumValueSpec? NextStage(string? current)
    {
        int index = current is null ? -1 : IndexOf(current);
        if (index >= 0 && Values[index].AnyStage)
        {
            return null;
        }
        return Values.Skip(index + 1).FirstOrDefault(v => !v.AnyStage);
    }

    /// <summary>The values as a lifecycle, e.g. "A → B → C; at any stage: X, Y", each written by <paramref name="format"/>.</summary>
    public string Lifecycle(Func<EnumValueSpec, string> format)
    {
        string stages = string.Join(" → ", Values.Where(v => !v.AnyStage).Select(format));
        string[] outcomes = Values.Where(v => v.AnyStage).Select(format).ToArray();
        return outcomes.Length == 0 ? stages : $"{stages}; at any stage: {string.Join(", ", outcomes)}";
    }

    public int IndexOf(string value)
    {
        for (int i = 0; i < Values.Count; i++)
        {
            if (string.Equals(Values[i].Value, value, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// Reads the value a field's text starts with: a value or alias, compared by its letters and digits only (so
    /// <c>phone-screen</c>, <c>Phone Screen</c> and <c>PHONE_SCREEN</c> are one), longest match first. What follows the
    /// matched words is a note (<c>Interviewing (2nd round)</c>, <c>applied ✅</c>). Null when no value or alias matches.
    /// </summary>
    public EnumReading? Read(string text)
    {
        var byKey = (_byKey ??= BuildLookup()).GetAlternateLookup<ReadOnlySpan<char>>();
        EnumReading? best = null;
        // The key of the first one, two, … words grows in one buffer: the status of every dossier is read, so no string is built.
        var words = new LeadingWords(text, text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length]);
        for (int count = 0; count < MaxWords && words.Next(); count++)
        {
            if (byKey.TryGetValue(words.Key, out var entry))
            {
                best = new EnumReading(entry.Value, words.Start, words.End, entry.IsAlias);
            }
        }
        return best;
    }

    /// <summary>
    /// The value or alias nearest to the words <paramref name="text"/> starts with (one to three of them, so a note
    /// after a misspelt value does not hide it), and where those words are; null when none is reasonably near.
    /// </summary>
    public EnumReading? Closest(string text)
    {
        _byKey ??= BuildLookup();
        EnumReading? best = null;
        int bestDistance = int.MaxValue;
        var words = new LeadingWords(text, new char[text.Length]);
        for (int count = 0; count < 3 && words.Next(); count++)
        {
            string typed = words.Key.ToString();
            // Within a third of the longer word in single-letter edits (at least 2), or a prefix of at least 4 letters.
            foreach (var (candidate, (value, _)) in _byKey)
            {
                bool prefix = typed.Length >= 4 && candidate.StartsWith(typed, StringComparison.Ordinal);
                int bound = Math.Max(2, Math.Max(typed.Length, candidate.Length) / 3);
                // The difference in length is the fewest edits there can be: beyond the bound or the best so far, skip the table.
                int fewest = Math.Abs(typed.Length - candidate.Length);
                if (!prefix && (fewest > bound || fewest >= bestDistance))
                {
                    continue;
                }
                int distance = prefix ? 1 : Text.Spelling.Distance(typed, candidate);
                if (distance < bestDistance && distance <= bound)
                {
                    (best, bestDistance) = (new EnumReading(value, words.Start, words.End, IsAlias: false), distance);
                }
            }
        }
        return best;
    }

    /// <summary>
    /// The text's first words one at a time: after each <see cref="Next"/>, <see cref="Key"/> is the key of the words
    /// so far (their letters and digits, lower-cased, grown in the caller's buffer), from <see cref="Start"/> to <see cref="End"/>.
    /// </summary>
    private ref struct LeadingWords(ReadOnlySpan<char> text, Span<char> buffer)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private readonly Span<char> _buffer = buffer;
        private int _length;

        public int Start { get; private set; } = -1;
        public int End { get; private set; }
        public readonly ReadOnlySpan<char> Key => _buffer[.._length];

        public bool Next()
        {
            int position = End;
            while (position < _text.Length && !char.IsLetterOrDigit(_text[position]))
            {
                position++;
            }
            if (position == _text.Length)
            {
                return false;
            }
            Start = Start < 0 ? position : Start;
            while (position < _text.Length && char.IsLetterOrDigit(_text[position]))
            {
                _buffer[_length++] = char.ToLowerInvariant(_text[position++]);
            }
            End = position;
            return true;
        }
    }

    /// <summary>Letters and digits, lower-cased: the key values and aliases are compared by.</summary>
    public static string NameKey(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private Dictionary<string, (EnumValueSpec Value, bool IsAlias)> BuildLookup()
    {
        var lookup = new Dictionary<string, (EnumValueSpec, bool)>(StringComparer.Ordinal);
        foreach (EnumValueSpec value in Values)
        {
            lookup.TryAdd(NameKey(value.Value), (value, false));
        }
        foreach (EnumValueSpec value in Values)
        {
            foreach (string alias in value.Aliases)
            {
                lookup.TryAdd(NameKey(alias), (value, true));
            }
        }
        return lookup;
    }
}
