using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using DossierLsp.Core.Config;
using DossierLsp.Core.Document;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Values;

namespace DossierLsp.Core.Analysis;

/// <summary>
/// A section and the schema section it matches, if any: how closely its heading matches, and the schema's spelling of
/// the name it matched (the heading or an alias).
/// </summary>
public sealed record BoundSection(Section Section, SectionSpec? Spec, NameMatchKind Match = NameMatchKind.Exact, string? Name = null);

/// <summary>
/// A document read against a schema: sections and fields matched to their specs. Built once per analysis
/// and shared by every rule and editor feature.
/// </summary>
public sealed class BoundDocument
{
    private BoundDocument(DossierDocument document, DossierSchema schema, DossierConfig config, Match? titlePatternMatch)
    {
        Document = document;
        Schema = schema;
        Config = config;
        BoundSection[] sections = BindSections(document, schema);
        Sections = sections;
        FieldsSection = FieldsSectionOf(sections, schema);
        (_fields, UnreadableFields) = FieldBinder.Read(document, schema, FieldsSection);
        (TitleMatch, TitleIsVariant, TitleNotChecked) = titlePatternMatch is not null ? (titlePatternMatch, false, null)
            : document.Title is { } title && schema.Title is { } spec ? spec.Check(title.Text) : (null, false, null);
    }

    // Analyses are shared between threads (the server's handlers and its workspace index): each value below is computed
    // at most once per field, and a race only computes the same immutable value twice.
    private MoneyParseResult?[]? _money;
    private DateParseResult?[]? _dates;
    private StrongBox<(FieldEntry Field, MoneyParseResult Money)?>? _salary;
    private StrongBox<AnnualSalary?>? _annualSalary;

    /// <summary>The salary field and its parsed value, read once for every rule and feature that needs them.</summary>
    public (FieldEntry Field, MoneyParseResult Money)? Salary =>
        (_salary ??= new(FieldWithRole(FieldRole.Salary) is { } salary ? (salary, MoneyOf(salary)) : null)).Value;

    /// <summary>The salary as a yearly amount in the profile's currency (see <see cref="SalaryReading.InProfileCurrency"/>), converted once for the rules and the summary.</summary>
    public AnnualSalary? AnnualSalary =>
        (_annualSalary ??= new(Salary is { } salary ? SalaryReading.InProfileCurrency(salary.Money, Profile) : null)).Value;

    /// <summary>A money field's value, parsed once per document for the rules, hover and inlay hints alike.</summary>
    public MoneyParseResult MoneyOf(FieldEntry field) => Once(ref _money, field, static (f, _) => MoneyParser.Parse(f.Text));

    /// <summary>A date field's value, parsed once per document (in the config's date order) for the rules and the summary.</summary>
    internal DateParseResult DateOf(FieldEntry field) => Once(ref _dates, field, static (f, config) => DateParser.Parse(f.Text, config.DateOrder.Value));

    private T Once<T>(ref T?[]? cache, FieldEntry field, Func<FieldEntry, DossierConfig, T> read) where T : class
    {
        int index = IndexOf(field);
        if (index < 0)
        {
            return read(field, Config);
        }
        T?[] values = cache ??= new T?[_fields.Length];
        return values[index] ??= read(field, Config);
    }

    private int IndexOf(FieldEntry field)
    {
        for (int i = 0; i < _fields.Length; i++)
        {
            if (ReferenceEquals(_fields[i], field))
            {
                return i;
            }
        }
        return -1;
    }

    public DossierDocument Document { get; }
    public DossierSchema Schema { get; }
    public DossierConfig Config { get; }
    public Profile Profile => Config.Profile;
    public IReadOnlyList<BoundSection> Sections { get; }
    /// <summary>The section holding the field bullets (e.g. "Job Details"), if present.</summary>
    public BoundSection? FieldsSection { get; }
    /// <summary>Front matter fields first, then the bullets of the fields section, in document order.</summary>
    public IReadOnlyList<FieldEntry> Fields => _fields;
    // Read through the array here: rules ask for fields many times a document, and an interface enumerator is an allocation.
    private readonly FieldEntry[] _fields;
    /// <summary>Lines of the fields section that name a schema field but cannot be read as one.</summary>
    public IReadOnlyList<UnreadableField> UnreadableFields { get; }
    /// <summary>The schema title pattern's match on the title, or null when there is no title, no pattern or no match.</summary>
    public Match? TitleMatch { get; }
    /// <summary>The title matched one of the schema's title variants rather than its pattern.</summary>
    public bool TitleIsVariant { get; }
    /// <summary>Why the title could not be checked against the pattern (too long, or the pattern timed out), else null.</summary>
    public string? TitleNotChecked { get; }

    /// <param name="titlePatternMatch">The match of <paramref name="schema"/>'s title pattern on the document's title, when the caller already ran it (association by title): the pattern is run once per file.</param>
    public static BoundDocument Bind(DossierDocument document, DossierSchema schema, DossierConfig config, Match? titlePatternMatch = null) =>
        new(document, schema, config, titlePatternMatch);

    /// <summary>The first field written for <paramref name="spec"/>.</summary>
    public FieldEntry? Field(FieldSpec spec)
    {
        foreach (FieldEntry field in _fields)
        {
            if (field.Spec == spec)
            {
                return field;
            }
        }
        return null;
    }

    public FieldEntry? FieldWithRole(FieldRole role) => Schema.FieldWithRole(role) is { } spec ? Field(spec) : null;

    /// <summary>The fields whose schema type is an enum, with their spec and allowed values.</summary>
    public IEnumerable<(FieldEntry Field, FieldSpec Spec, EnumSpec Enum)> EnumFields()
    {
        foreach (FieldEntry field in _fields)
        {
            if (field.Spec is { } spec && Schema.EnumOf(spec) is { } values)
            {
                yield return (field, spec, values);
            }
        }
    }

    private static BoundSection? FieldsSectionOf(BoundSection[] sections, DossierSchema schema)
    {
        foreach (BoundSection section in sections)
        {
            if (section.Spec is { } spec && schema.IsFieldsSection(spec))
            {
                return section;
            }
        }
        return null;
    }

    // A heading that names no section may be a typo of one the document lacks; it is bound to it, so its content is checked.
    private static BoundSection[] BindSections(DossierDocument document, DossierSchema schema)
    {
        var sections = new BoundSection[document.Sections.Count];
        bool allBound = true;
        for (int i = 0; i < sections.Length; i++)
        {
            Section section = document.Sections[i];
            sections[i] = schema.MatchSection(section.Heading.Text) is { } match ? new BoundSection(section, match.Spec, match.Kind, match.Name) : new BoundSection(section, null);
            allBound &= sections[i].Spec is not null;
        }
        if (allBound)
        {
            return sections;
        }
        var present = sections.Where(s => s.Spec is not null).Select(s => s.Spec!).ToHashSet();
        for (int i = 0; i < sections.Length; i++)
        {
            if (sections[i].Spec is not null)
            {
                continue;
            }
            if (NameKey.Misspelling(sections[i].Section.Heading.Text, schema.Sections.Where(s => !present.Contains(s)), s => s.Names) is { } match)
            {
                sections[i] = sections[i] with { Spec = match.Spec, Match = match.Kind, Name = match.Name };
                present.Add(match.Spec);
            }
        }
        return sections;
    }
}
