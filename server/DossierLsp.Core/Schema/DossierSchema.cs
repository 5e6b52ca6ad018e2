using System.Text.RegularExpressions;

namespace DossierLsp.Core.Schema;

/// <summary>A loaded, validated schema. Immutable; shared by every analysis that uses it.</summary>
public sealed class DossierSchema
{
    public required string Name { get; init; }
    public string? Description { get; init; }
    /// <summary>Where the schema came from: a file path, or "builtin:NAME".</summary>
    public required string Origin { get; init; }
    public TitleSpec? Title { get; init; }
    /// <summary>Level-2 sections in their expected order.</summary>
    public required IReadOnlyList<SectionSpec> Sections { get; init; }
    /// <summary>Heading of the section whose bullet list holds the fields (e.g. "Job Details").</summary>
    public required string FieldsSection { get; init; }
    public required IReadOnlyList<FieldSpec> Fields { get; init; }
    public required IReadOnlyDictionary<string, EnumSpec> Enums { get; init; }

    public FieldSpec? FindField(string key) => Fields.FirstOrDefault(f => f.Matches(key));
    public SectionSpec? FindSection(string heading) => Sections.FirstOrDefault(s => s.Matches(heading));
    public FieldSpec? FieldWithRole(FieldRole role) => Fields.FirstOrDefault(f => f.Role == role);
}

public sealed class TitleSpec
{
    /// <summary>Matched against the text of the first level-1 heading; named groups are captures.</summary>
    public required Regex Pattern { get; init; }
    /// <summary>Human form shown in messages and hovers, e.g. "Job Application: &lt;Company&gt; - &lt;Position&gt;".</summary>
    public required string Example { get; init; }
    /// <summary>Capture group name → field key that must hold the same text.</summary>
    public required IReadOnlyDictionary<string, string> Agreements { get; init; }
}

public enum Requirement { Optional, Recommended, Required }

public sealed class SectionSpec
{
    public required string Heading { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public Requirement Requirement { get; init; }
    public string? Description { get; init; }
    /// <summary>Body inserted below the heading when the section is added (may be empty).</summary>
    public string? Template { get; init; }
    /// <summary>Index in the schema's section list: the expected order.</summary>
    public int Order { get; init; }

    public bool Matches(string heading) => NameMatch.Equal(Heading, heading) || Aliases.Any(a => NameMatch.Equal(a, heading));
}

public enum FieldType { Text, Enum, Date, MoneyRange, Url, Email }

/// <summary>What a field means to the profile-aware rules, so they work with any schema.</summary>
public enum FieldRole { None, Company, Position, Location, Status, PostingDate, ApplicationDate, Salary }

public sealed class FieldSpec
{
    public required string Key { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public FieldType Type { get; init; }
    public FieldRole Role { get; init; }
    public bool Required { get; init; }
    /// <summary>Values that mean "not known yet", such as "[TBD]".</summary>
    public IReadOnlyList<string> Placeholders { get; init; } = [];
    public string? Description { get; init; }
    /// <summary>For <see cref="FieldType.Enum"/>: the key into <see cref="DossierSchema.Enums"/>.</summary>
    public string? EnumName { get; init; }
    /// <summary>When set, the field must hold a real (non-placeholder) value once the condition holds.</summary>
    public FieldCondition? RequiredWhen { get; init; }

    public bool Matches(string key) => NameMatch.Equal(Key, key) || Aliases.Any(a => NameMatch.Equal(a, key));

    public bool IsPlaceholder(string value) => Placeholders.Any(p => string.Equals(p.Trim(), value.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>"Field <see cref="FieldKey"/> holds one of <see cref="Values"/>, or a value at or after <see cref="AtOrAfter"/> in its enum's lifecycle."</summary>
public sealed class FieldCondition
{
    public required string FieldKey { get; init; }
    public IReadOnlyList<string> Values { get; init; } = [];
    public string? AtOrAfter { get; init; }
    /// <summary>Short human description, e.g. "status is APPLIED or later".</summary>
    public required string Description { get; init; }
}

public sealed class EnumSpec
{
    // "Phone screen" is at most a few words; longer prefixes are never compared.
    private const int MaxWords = 6;

    private Dictionary<string, EnumValueSpec>? _byKey;

    public required string Name { get; init; }
    public string? Description { get; init; }
    /// <summary>Values in lifecycle order.</summary>
    public required IReadOnlyList<EnumValueSpec> Values { get; init; }

    public EnumValueSpec? Find(string value, bool ignoreCase) =>
        Values.FirstOrDefault(v => string.Equals(v.Value, value.Trim(), ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));

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
        _byKey ??= BuildLookup();
        EnumReading? best = null;
        var prefixes = LeadingWords(text, MaxWords);
        foreach (var (key, start, end) in prefixes)
        {
            if (_byKey.TryGetValue(key, out EnumValueSpec? value))
            {
                best = new EnumReading(value, start, end, !NameKey(value.Value).Equals(key, StringComparison.Ordinal));
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
        foreach (var (typed, start, end) in LeadingWords(text, 3))
        {
            // Within a third of the longer word in single-letter edits (at least 2), or a prefix of at least 4 letters.
            foreach (var (candidate, value) in _byKey)
            {
                int distance = typed.Length >= 4 && candidate.StartsWith(typed, StringComparison.Ordinal) ? 1 : Text.Spelling.Distance(typed, candidate);
                if (distance < bestDistance && distance <= Math.Max(2, Math.Max(typed.Length, candidate.Length) / 3))
                {
                    (best, bestDistance) = (new EnumReading(value, start, end, IsAlias: false), distance);
                }
            }
        }
        return best;
    }

    /// <summary>The keys of the first one, two, … <paramref name="count"/> words, with where the first starts and each ends.</summary>
    private static List<(string Key, int Start, int End)> LeadingWords(string text, int count)
    {
        var prefixes = new List<(string, int, int)>(count);
        var key = new System.Text.StringBuilder();
        int position = 0, first = -1;
        while (prefixes.Count < count)
        {
            while (position < text.Length && !char.IsLetterOrDigit(text[position]))
            {
                position++;
            }
            if (position == text.Length)
            {
                break;
            }
            first = first < 0 ? position : first;
            while (position < text.Length && char.IsLetterOrDigit(text[position]))
            {
                key.Append(char.ToLowerInvariant(text[position++]));
            }
            prefixes.Add((key.ToString(), first, position));
        }
        return prefixes;
    }

    /// <summary>Letters and digits, lower-cased: the key values and aliases are compared by.</summary>
    public static string NameKey(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private Dictionary<string, EnumValueSpec> BuildLookup()
    {
        var lookup = new Dictionary<string, EnumValueSpec>(StringComparer.Ordinal);
        foreach (EnumValueSpec value in Values)
        {
            lookup.TryAdd(NameKey(value.Value), value);
        }
        foreach (EnumValueSpec value in Values)
        {
            foreach (string alias in value.Aliases)
            {
                lookup.TryAdd(NameKey(alias), value);
            }
        }
        return lookup;
    }
}

/// <summary>
/// An enum value read from the start of a field's text: the value, where the matched words start and end in the
/// text (the rest is a note), and whether it was written as one of the value's aliases.
/// </summary>
public sealed record EnumReading(EnumValueSpec Value, int Start, int End, bool IsAlias);

public sealed class EnumValueSpec
{
    public required string Value { get; init; }
    /// <summary>Other ways people write the value ("Phone screen" for SCREENING), compared like the value.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? Description { get; init; }
}

/// <summary>How names in dossiers are compared with names in schemas: case-insensitive, surrounding and repeated whitespace ignored.</summary>
public static class NameMatch
{
    // Word by word, without building normalized strings: binding compares every heading and key with every spec.
    public static bool Equal(string a, string b)
    {
        var left = new Words(a);
        var right = new Words(b);
        while (true)
        {
            bool hasLeft = left.Next(out ReadOnlySpan<char> wordLeft), hasRight = right.Next(out ReadOnlySpan<char> wordRight);
            if (hasLeft != hasRight)
            {
                return false;
            }
            if (!hasLeft)
            {
                return true;
            }
            if (!wordLeft.Equals(wordRight, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
    }

    private ref struct Words(string text)
    {
        private int _position;

        public bool Next(out ReadOnlySpan<char> word)
        {
            while (_position < text.Length && char.IsWhiteSpace(text[_position]))
            {
                _position++;
            }
            int start = _position;
            while (_position < text.Length && !char.IsWhiteSpace(text[_position]))
            {
                _position++;
            }
            word = text.AsSpan(start, _position - start);
            return _position > start;
        }
    }
}
