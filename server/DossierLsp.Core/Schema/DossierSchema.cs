using System.Text.RegularExpressions;
using DossierLsp.Core.Text;

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

    private SchemaNames<SectionSpec>? _sectionNames;
    private SchemaNames<FieldSpec>? _fieldNames;
    private SectionSpec[]? _fieldsSectionSpecs;

    private SchemaNames<SectionSpec> SectionNames => _sectionNames ??= new(Sections, s => s.Names);
    private SchemaNames<FieldSpec> FieldNames => _fieldNames ??= new(Fields, f => f.Names);

    public FieldSpec? FindField(string key) => FieldNames.Equal(key);
    public SectionSpec? FindSection(string heading) => SectionNames.Equal(heading);

    /// <summary>Whether <paramref name="spec"/> (one of <see cref="Sections"/>) is named <see cref="FieldsSection"/>.</summary>
    public bool IsFieldsSection(SectionSpec spec) =>
        Array.IndexOf(_fieldsSectionSpecs ??= [.. Sections.Where(s => s.Matches(FieldsSection))], spec) >= 0;

    /// <summary>The section a heading names, also when decorated (<c>## 📋 Job Details:</c>) or combined (<c>Requirements &amp; Skills</c>).</summary>
    public SchemaMatch<SectionSpec>? MatchSection(string heading) => Match(SectionNames, heading);

    /// <summary>The field a key names, also when decorated (<c>Salary (USD)</c>, <c>JOB ID #</c>).</summary>
    public SchemaMatch<FieldSpec>? MatchField(string key) => Match(FieldNames, key);

    /// <summary>The field a key names as the schema spells it: <see cref="MatchField"/>'s first and cheapest step.</summary>
    internal SchemaMatch<FieldSpec>? MatchFieldExactly(string key) => Exact(FieldNames, key);

    // A typographic apostrophe (What You’ll Do, as pasted from a posting) is the same spelling.
    private static SchemaMatch<T>? Exact<T>(SchemaNames<T> names, string written) where T : class => names.Exact(written.Trim().Replace('’', '\''));

    private static SchemaMatch<T>? Match<T>(SchemaNames<T> names, string written) where T : class
    {
        // Most names are written exactly as the schema spells them: that is checked first, without building a key.
        if (Exact(names, written) is { } exact)
        {
            return exact;
        }
        if (names.Styled(written, NameKey.Of(written)) is { } styled)
        {
            return styled;
        }
        foreach (string part in NameKey.Parts(written))
        {
            if (Match(names, part) is { } match)
            {
                return match with { Kind = NameMatchKind.Styled };
            }
        }
        return null;
    }

    private FieldSpec?[]? _fieldByRole;

    /// <summary>The first field with the role; looked up in a table built once, as rules ask for roles on every document.</summary>
    public FieldSpec? FieldWithRole(FieldRole role)
    {
        FieldSpec?[] byRole = _fieldByRole ??= Enum.GetValues<FieldRole>().Select(r => Fields.FirstOrDefault(f => f.Role == r)).ToArray();
        return (int)role < byRole.Length ? byRole[(int)role] : null;
    }

    /// <summary>The allowed values of an enum field; null for any other field.</summary>
    public EnumSpec? EnumOf(FieldSpec? field) =>
        field is { Type: FieldType.Enum, EnumName: { } name } && Enums.TryGetValue(name, out EnumSpec? values) ? values : null;
}

public sealed class TitleSpec
{
    /// <summary>Matched against the text of the first level-1 heading; named groups are captures.</summary>
    public required Regex Pattern { get; init; }
    /// <summary>Human form shown in messages and hovers, e.g. "Job Application: &lt;Company&gt; - &lt;Position&gt;".</summary>
    public required string Example { get; init; }
    /// <summary>Capture group name → field key that must hold the same text.</summary>
    public required IReadOnlyDictionary<string, string> Agreements { get; init; }
    /// <summary>Other forms recognised as this schema's title (a style finding asks for the pattern's form); may capture the same groups.</summary>
    public IReadOnlyList<Regex> Variants { get; init; } = [];

    /// <summary>Longer titles are not matched: no real title is this long, and the pattern's time must stay bounded.</summary>
    public const int MaxTitleLength = 500;

    /// <summary>
    /// The match of the pattern, else of the first variant that matches (null when none does), or why the title could not be
    /// checked: the same answer for the same title every time, whatever the machine's speed (only a catastrophic pattern
    /// times out).
    /// </summary>
    public (Match? Match, bool IsVariant, string? NotChecked) Check(string title) => Check(title, withVariants: true);

    /// <summary>The pattern's own match on the title (not a variant's), or null: what associating a file by its title asks.</summary>
    public Match? PatternMatch(string title) => Check(title, withVariants: false).Match;

    private (Match? Match, bool IsVariant, string? NotChecked) Check(string title, bool withVariants)
    {
        if (title.Length > MaxTitleLength)
        {
            return (null, false, $"the title is {title.Length:N0} characters long; titles over {MaxTitleLength} are not checked against the pattern");
        }
        try
        {
            if (Pattern.Match(title) is { Success: true } match)
            {
                return (match, false, null);
            }
            foreach (Regex variant in withVariants ? Variants : [])
            {
                if (variant.Match(title) is { Success: true } variantMatch)
                {
                    return (variantMatch, true, null);
                }
            }
            return (null, false, null);
        }
        catch (RegexMatchTimeoutException)
        {
            return (null, false, $"the schema's title pattern took over {BoundedRegex.Timeout.TotalMilliseconds:N0} ms on this title (is the pattern catastrophic?)");
        }
    }
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

    /// <summary>
    /// The <see cref="Template"/> as it is written into a document: its lines joined by <paramref name="lineBreak"/>,
    /// without a final line break (empty when there is none); the one reading for completion, fixes and new dossiers.
    /// </summary>
    public string TemplateBody(string lineBreak) =>
        (Template ?? "").Replace("\r\n", "\n").TrimEnd('\n').Replace("\n", lineBreak);

    public bool Matches(string heading) => NameMatch.Equal(Heading, heading) || Aliases.Any(a => NameMatch.Equal(a, heading));

    private (string Name, string Key)[]? _names;

    /// <summary>The heading and its aliases with their <see cref="NameKey"/>s, computed once.</summary>
    public IReadOnlyList<(string Name, string Key)> Names => _names ??= [(Heading, NameKey.Of(Heading)), .. Aliases.Select(a => (a, NameKey.Of(a)))];
}

public enum FieldType { Text, Enum, Date, MoneyRange, Url, Email }

/// <summary>What a field means to the profile-aware rules, so they work with any schema.</summary>
public enum FieldRole { None, Company, Position, Location, Status, PostingDate, ApplicationDate, Salary, JobId }

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

    private (string Name, string Key)[]? _names;

    /// <summary>The key and its aliases with their <see cref="NameKey"/>s, computed once.</summary>
    public IReadOnlyList<(string Name, string Key)> Names => _names ??= [(Key, NameKey.Of(Key)), .. Aliases.Select(a => (a, NameKey.Of(a)))];

    public bool IsPlaceholder(string value)
    {
        // Asked of most fields on every document: spans, so neither side is trimmed into a new string.
        ReadOnlySpan<char> written = value.AsSpan().Trim();
        for (int i = 0; i < Placeholders.Count; i++)
        {
            if (Placeholders[i].AsSpan().Trim().Equals(written, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
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
