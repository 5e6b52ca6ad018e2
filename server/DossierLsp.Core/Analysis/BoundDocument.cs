using System.Text.RegularExpressions;
using DossierLsp.Core.Config;
using DossierLsp.Core.Document;
using DossierLsp.Core.Schema;

namespace DossierLsp.Core.Analysis;

/// <summary>A section and the schema section it matches, if any.</summary>
public sealed record BoundSection(Section Section, SectionSpec? Spec);

/// <summary>
/// A document read against a schema: sections and fields matched to their specs. Built once per analysis
/// and shared by every rule and editor feature.
/// </summary>
public sealed class BoundDocument
{
    private BoundDocument(DossierDocument document, DossierSchema schema, DossierConfig config)
    {
        Document = document;
        Schema = schema;
        Config = config;
        Sections = document.Sections.Select(s => new BoundSection(s, schema.FindSection(s.Heading.Text))).ToArray();
        FieldsSection = Sections.FirstOrDefault(s => NameMatch.Equal(s.Section.Heading.Text, schema.FieldsSection) || s.Spec?.Matches(schema.FieldsSection) == true);
        Fields = ReadFields(document, schema, FieldsSection);
        (TitleMatch, TitleNotChecked) = document.Title is { } title && schema.Title is { } spec ? spec.Check(title.Text) : (null, null);
        _salary = new Lazy<(FieldEntry, Values.MoneyParseResult)?>(() => SalaryReading.Parse(this));
    }

    private readonly Lazy<(FieldEntry Field, Values.MoneyParseResult Money)?> _salary;

    /// <summary>The salary field and its parsed value, read once for every rule and feature that needs them.</summary>
    public (FieldEntry Field, Values.MoneyParseResult Money)? Salary => _salary.Value;

    public DossierDocument Document { get; }
    public DossierSchema Schema { get; }
    public DossierConfig Config { get; }
    public Profile Profile => Config.Profile;
    public IReadOnlyList<BoundSection> Sections { get; }
    /// <summary>The section holding the field bullets (e.g. "Job Details"), if present.</summary>
    public BoundSection? FieldsSection { get; }
    /// <summary>Front matter fields first, then the bullets of the fields section, in document order.</summary>
    public IReadOnlyList<FieldEntry> Fields { get; }
    /// <summary>The schema title pattern's match on the title, or null when there is no title, no pattern or no match.</summary>
    public Match? TitleMatch { get; }
    /// <summary>Why the title could not be checked against the pattern (too long, or the pattern timed out), else null.</summary>
    public string? TitleNotChecked { get; }

    public static BoundDocument Bind(DossierDocument document, DossierSchema schema, DossierConfig config) => new(document, schema, config);

    /// <summary>The first field written for <paramref name="spec"/>.</summary>
    public FieldEntry? Field(FieldSpec spec) => Fields.FirstOrDefault(f => f.Spec == spec);

    public FieldEntry? FieldWithRole(FieldRole role) => Schema.FieldWithRole(role) is { } spec ? Field(spec) : null;

    private static FieldEntry[] ReadFields(DossierDocument document, DossierSchema schema, BoundSection? fieldsSection)
    {
        var fields = new List<FieldEntry>();
        foreach (FrontMatterEntry entry in document.FrontMatter)
        {
            // Front matter keys that name no schema field belong to the user and are left alone.
            if (FindFrontMatterField(schema, entry.Key) is { } spec)
            {
                fields.Add(new FieldEntry(entry.Key, entry.KeySpan, entry.Value, entry.ValueSpan, entry.KeySpan, FieldForm.FrontMatter, spec));
            }
        }
        if (fieldsSection is not null)
        {
            foreach (BulletItem item in fieldsSection.Section.Items)
            {
                if (FieldSyntax.TryRead(document.Source, item) is { } field)
                {
                    fields.Add(field with { Spec = schema.FindField(field.Key) });
                }
            }
        }
        return fields.ToArray();
    }

    // "application_status" and "applicationStatus" in front matter name "Application Status".
    private static FieldSpec? FindFrontMatterField(DossierSchema schema, string key)
    {
        string squashed = Squash(key);
        return schema.Fields.FirstOrDefault(f => Squash(f.Key) == squashed || f.Aliases.Any(a => Squash(a) == squashed));
    }

    private static string Squash(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
