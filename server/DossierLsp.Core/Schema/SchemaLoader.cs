using System.Reflection;
using DossierLsp.Core.Text;
using DossierLsp.Core.Yaml;

namespace DossierLsp.Core.Schema;

public sealed record SchemaLoadResult(DossierSchema? Schema, IReadOnlyList<ConfigError> Errors);

/// <summary>Reads and validates schema YAML (format: docs/SCHEMA.md). Errors name the file, line and column; nothing throws.</summary>
public static class SchemaLoader
{
    private const string ResourcePrefix = "DossierLsp.Core.Schemas.";
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<DossierSchema>> BuiltIns = new(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<string> BuiltInNames { get; } =
        typeof(SchemaLoader).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^".yaml".Length])
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>A schema embedded in the core. Throws only if the embedded file itself is broken, which a test rules out.</summary>
    public static DossierSchema BuiltIn(string name = "job-dossier") =>
        BuiltIns.GetOrAdd(name, n => new Lazy<DossierSchema>(() => LoadBuiltIn(n))).Value;

    /// <summary>The YAML text of a built-in schema (<c>dossier schema --print</c>).</summary>
    public static string BuiltInText(string name)
    {
        using Stream stream = typeof(SchemaLoader).Assembly.GetManifestResourceStream(ResourcePrefix + name + ".yaml")
            ?? throw new ArgumentException($"no built-in schema '{name}'", nameof(name));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static DossierSchema LoadBuiltIn(string name)
    {
        SchemaLoadResult result = Load(BuiltInText(name), $"builtin:{name}");
        return result.Schema ?? throw new InvalidOperationException($"built-in schema '{name}' is invalid: {string.Join("; ", result.Errors)}");
    }

    public static SchemaLoadResult Load(string yamlText, string origin)
    {
        var errors = new List<ConfigError>();
        var read = new YamlValueReader(origin, errors);
        YamlNode? root = YamlValueReader.Parse(yamlText, origin, errors);
        if (errors.Count > 0)
        {
            return new SchemaLoadResult(null, errors);
        }
        if (read.Mapping(root, "a schema") is not { } top)
        {
            errors.Add(new ConfigError(origin, 1, 1, "a schema must be a mapping with name, sections and fields"));
            return new SchemaLoadResult(null, errors);
        }
        read.CheckKeys(top, "the schema", "name", "description", "title", "fieldsSection", "sections", "fields", "enums");

        // Every key is read before the error check below, so a schema with errors is never returned.
        string name = read.RequiredString(top, "name", "the schema") ?? "";
        string? description = read.String(top["description"], "description");
        var enums = SchemaEnums.Read(read, top["enums"]);
        var fields = ReadFields(read, top, enums, out var fieldEntries);
        var sections = ReadSections(read, top);
        string fieldsSection = read.RequiredString(top, "fieldsSection", "the schema") ?? "";
        TitleSpec? title = TitleSpecReader.Read(read, top["title"], fields);

        if (fieldsSection.Length > 0 && !sections.Any(s => s.Matches(fieldsSection)))
        {
            read.Error(top["fieldsSection"]!, $"fieldsSection '{fieldsSection}' is not one of the sections");
        }
        CheckConditions(read, fieldEntries, fields, enums);
        if (errors.Count > 0)
        {
            return new SchemaLoadResult(null, errors);
        }
        return new SchemaLoadResult(new DossierSchema
        {
            Name = name,
            Description = description,
            Origin = origin,
            Title = title,
            Sections = sections,
            FieldsSection = fieldsSection,
            Fields = fields,
            Enums = enums,
        }, errors);
    }

    /// <summary>The fields, and beside each the mapping it was read from (items that are not fields are skipped in both).</summary>
    private static List<FieldSpec> ReadFields(YamlValueReader read, YamlMapping top, Dictionary<string, EnumSpec> enums, out List<YamlMapping> entries)
    {
        var fields = new List<FieldSpec>();
        entries = [];
        if (top["fields"] is not YamlSequence list)
        {
            read.Error(top["fields"] ?? top, "the schema needs 'fields', a list of fields");
            return fields;
        }
        var definedNames = new DefinedNames();
        foreach (YamlNode item in list.Items)
        {
            if (read.Mapping(item, "a field") is not { } entry)
            {
                continue;
            }
            read.CheckKeys(entry, "a field", "key", "aliases", "type", "role", "required", "placeholders", "description", "enum", "requiredWhen");
            if (read.RequiredString(entry, "key", "a field") is not { } key)
            {
                continue;
            }
            var aliases = read.StringList(entry["aliases"], "aliases") ?? [];
            if (!definedNames.Define([key, .. aliases]))
            {
                read.Error(entry["key"]!, $"field '{key}' (or one of its aliases) is already defined");
            }
            FieldType type = ReadChoice(read, entry["type"], "type", FieldTypes) ?? FieldType.Text;
            string? enumName = read.String(entry["enum"], "enum");
            if (type == FieldType.Enum && (enumName is null || !enums.ContainsKey(enumName)))
            {
                read.Error(entry["enum"] ?? entry["type"]!, enumName is null ? $"enum field '{key}' needs 'enum: NAME'" : $"field '{key}' names enum '{enumName}', which is not defined under 'enums'");
            }
            fields.Add(new FieldSpec
            {
                Key = key,
                Aliases = aliases,
                Type = type,
                Role = ReadChoice(read, entry["role"], "role", FieldRoles) ?? FieldRole.None,
                Required = read.Bool(entry["required"], "required") ?? false,
                Placeholders = read.StringList(entry["placeholders"], "placeholders") ?? [],
                Description = read.String(entry["description"], "description"),
                EnumName = enumName,
                RequiredWhen = ReadCondition(read, entry["requiredWhen"]),
            });
            entries.Add(entry);
        }
        foreach (var role in fields.Where(f => f.Role != FieldRole.None).GroupBy(f => f.Role).Where(g => g.Count() > 1))
        {
            read.Error(list, $"only one field may have role '{Name(FieldRoles, role.Key)}'");
        }
        return fields;
    }

    private static FieldCondition? ReadCondition(YamlValueReader read, YamlNode? node)
    {
        if (read.Mapping(node, "requiredWhen") is not { } condition)
        {
            return null;
        }
        read.CheckKeys(condition, "requiredWhen", "field", "in", "atOrAfter");
        string field = read.RequiredString(condition, "field", "requiredWhen") ?? "";
        var values = read.StringList(condition["in"], "in") ?? [];
        string? atOrAfter = read.String(condition["atOrAfter"], "atOrAfter");
        if (values.Count == 0 && atOrAfter is null)
        {
            read.Error(condition, "requiredWhen needs 'in: [VALUES]' or 'atOrAfter: VALUE'");
        }
        string description = atOrAfter is not null ? $"{field} is {atOrAfter} or later" : $"{field} is {string.Join(" or ", values)}";
        return new FieldCondition { FieldKey = field, Values = values, AtOrAfter = atOrAfter, Description = description };
    }

    private static void CheckConditions(YamlValueReader read, List<YamlMapping> entries, List<FieldSpec> fields, Dictionary<string, EnumSpec> enums)
    {
        foreach (var (entry, spec) in entries.Zip(fields))
        {
            // A condition without a field was reported when it was read.
            if (spec.RequiredWhen is not { FieldKey.Length: > 0 } condition || entry["requiredWhen"] is not YamlMapping at)
            {
                continue;
            }
            FieldSpec? target = fields.FirstOrDefault(f => f.Matches(condition.FieldKey));
            if (target is null)
            {
                read.Error(at["field"] ?? at, $"requiredWhen names field '{condition.FieldKey}', which is not defined");
                continue;
            }
            EnumSpec? enumSpec = target.EnumName is { } name ? enums.GetValueOrDefault(name) : null;
            if (condition.AtOrAfter is { } threshold && (enumSpec is null || enumSpec.IndexOf(threshold) < 0))
            {
                read.Error(at["atOrAfter"]!, enumSpec is null ? $"atOrAfter needs '{condition.FieldKey}' to be an enum field" : $"'{threshold}' is not a value of enum '{enumSpec.Name}'");
            }
            foreach (string value in condition.Values.Where(v => enumSpec is not null && enumSpec.IndexOf(v) < 0))
            {
                read.Error(at["in"]!, $"'{value}' is not a value of enum '{enumSpec!.Name}'");
            }
        }
    }

    private static List<SectionSpec> ReadSections(YamlValueReader read, YamlMapping top)
    {
        var sections = new List<SectionSpec>();
        if (top["sections"] is not YamlSequence list)
        {
            read.Error(top["sections"] ?? top, "the schema needs 'sections', a list of sections");
            return sections;
        }
        var definedHeadings = new DefinedNames();
        foreach (YamlNode item in list.Items)
        {
            if (read.Mapping(item, "a section") is not { } entry)
            {
                continue;
            }
            read.CheckKeys(entry, "a section", "heading", "aliases", "requirement", "description", "template");
            if (read.RequiredString(entry, "heading", "a section") is not { } heading)
            {
                continue;
            }
            var aliases = read.StringList(entry["aliases"], "aliases") ?? [];
            if (!definedHeadings.Define([heading, .. aliases]))
            {
                read.Error(entry["heading"]!, $"section '{heading}' (or one of its aliases) is already defined");
            }
            sections.Add(new SectionSpec
            {
                Heading = heading,
                Aliases = aliases,
                Requirement = ReadChoice(read, entry["requirement"], "requirement", Requirements) ?? Requirement.Optional,
                Description = read.String(entry["description"], "description"),
                Template = read.String(entry["template"], "template"),
                Order = sections.Count,
            });
        }
        return sections;
    }

    private static readonly (string Name, FieldType Value)[] FieldTypes =
        [("text", FieldType.Text), ("enum", FieldType.Enum), ("date", FieldType.Date), ("money-range", FieldType.MoneyRange), ("url", FieldType.Url), ("email", FieldType.Email)];

    private static readonly (string Name, FieldRole Value)[] FieldRoles =
        [("company", FieldRole.Company), ("position", FieldRole.Position), ("location", FieldRole.Location), ("status", FieldRole.Status),
         ("posting-date", FieldRole.PostingDate), ("application-date", FieldRole.ApplicationDate), ("salary", FieldRole.Salary), ("job-id", FieldRole.JobId)];

    private static readonly (string Name, Requirement Value)[] Requirements =
        [("required", Requirement.Required), ("recommended", Requirement.Recommended), ("optional", Requirement.Optional)];

    private static T? ReadChoice<T>(YamlValueReader read, YamlNode? node, string what, (string Name, T Value)[] choices) where T : struct
    {
        if (read.String(node, what) is not { } text)
        {
            return null;
        }
        foreach (var (name, value) in choices)
        {
            if (name == text)
            {
                return value;
            }
        }
        read.Error(node!, $"{what} must be one of {Text.Quote.List(choices.Select(c => c.Name))}, not '{text}'");
        return null;
    }

    private static string Name<T>((string Name, T Value)[] choices, T value) where T : struct =>
        choices.First(c => EqualityComparer<T>.Default.Equals(c.Value, value)).Name;

    /// <summary>Names defined so far (keys or headings with their aliases): a duplicate is found in constant time, so loading stays linear.</summary>
    private sealed class DefinedNames
    {
        private readonly HashSet<string> _names = new(NameMatch.Comparer);

        /// <summary>Adds the names; false when one of them was defined before.</summary>
        public bool Define(IReadOnlyList<string> names)
        {
            bool fresh = !names.Any(_names.Contains);
            _names.UnionWith(names);
            return fresh;
        }
    }
}
