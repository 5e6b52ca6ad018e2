using DossierLsp.Core.Config;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Tests.Schemas;

public sealed class SchemaLoaderTests
{
    private const string File = "/w/schemas/mini.yaml";

    private const string Minimal = """
        name: mini
        fieldsSection: Details
        sections:
          - heading: Details
            requirement: required
          - heading: Notes
        fields:
          - key: Company
            role: company
          - key: Status
            type: enum
            enum: status
        enums:
          status:
            values:
              - value: OPEN
              - value: CLOSED

        """;

    /// <summary>The schema fails to load; its errors as "line:column message".</summary>
    private static string[] Errors(string yaml)
    {
        SchemaLoadResult result = SchemaLoader.Load(yaml, File);
        Assert.Null(result.Schema);
        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e => Assert.Equal(File, e.File));
        return result.Errors.Select(e => $"{e.Line}:{e.Column} {e.Message}").ToArray();
    }

    private static string Single(string yaml) => Assert.Single(Errors(yaml));

    /// <summary>"line:column" (1-based) of the <paramref name="occurrence"/>th <paramref name="needle"/> in <paramref name="text"/>.</summary>
    internal static string At(string text, string needle, int occurrence = 1)
    {
        int offset = -1;
        for (int i = 0; i < occurrence; i++)
        {
            offset = text.IndexOf(needle, offset + 1, StringComparison.Ordinal);
            Assert.True(offset >= 0, $"'{needle}' is not in the text");
        }
        int line = text[..offset].Count(c => c == '\n') + 1;
        int column = offset - (text.LastIndexOf('\n', Math.Max(0, offset - 1)) is var nl && nl >= 0 && nl < offset ? nl + 1 : 0) + 1;
        return $"{line}:{column}";
    }

    [Fact]
    public void The_built_in_schema_loads_without_errors()
    {
        Assert.Contains("job-dossier", SchemaLoader.BuiltInNames);
        string text = System.IO.File.ReadAllText(Path.Combine(RepoRoot(), "schemas", "job-dossier.yaml"));
        SchemaLoadResult result = SchemaLoader.Load(text, "job-dossier.yaml");
        Assert.Empty(result.Errors);
        DossierSchema schema = Assert.IsType<DossierSchema>(result.Schema);
        Assert.Equal("job-dossier", schema.Name);
        Assert.Equal("Job Details", schema.FieldsSection);
        Assert.Equal(13, schema.Sections.Count);
        Assert.Equal(Enumerable.Range(0, 13), schema.Sections.Select(s => s.Order));
        Assert.Equal(
            ["Company", "Position", "Location", "Job ID", "Posting Date", "Application Status", "Application Date", "Salary Range"],
            schema.Fields.Select(f => f.Key));
        Assert.Equal(["company", "position"], schema.Title!.Agreements.Keys.Order());
        Assert.Matches(schema.Title.Pattern, "Job Application: Acme - Data Engineer");
    }

    [Fact]
    public void The_built_in_title_patterns_are_source_generated()
    {
        // A pattern edited in the YAML and not in GeneratedTitlePatterns would still match, only interpreted.
        TitleSpec title = SchemaLoader.BuiltIn().Title!;
        Assert.All([title.Pattern, .. title.Variants], regex => Assert.NotEqual(typeof(System.Text.RegularExpressions.Regex), regex.GetType()));
    }

    [Fact]
    public void The_embedded_built_in_is_cached_and_named_by_origin()
    {
        DossierSchema schema = SchemaLoader.BuiltIn();
        Assert.Same(schema, SchemaLoader.BuiltIn("job-dossier"));
        Assert.Equal("builtin:job-dossier", schema.Origin);
        Assert.Throws<ArgumentException>(() => SchemaLoader.BuiltIn("no-such-schema"));
    }

    [Fact]
    public void The_built_in_status_enum_has_nine_values_in_lifecycle_order()
    {
        DossierSchema schema = SchemaLoader.BuiltIn();
        FieldSpec status = schema.FieldWithRole(FieldRole.Status)!;
        Assert.Equal(FieldType.Enum, status.Type);
        EnumSpec values = schema.Enums[status.EnumName!];
        Assert.Equal(
            ["RESEARCHING", "PREPARED", "APPLIED", "SCREENING", "INTERVIEWING", "OFFER", "ACCEPTED", "REJECTED", "WITHDRAWN"],
            values.Values.Select(v => v.Value));
        Assert.All(values.Values, v => Assert.False(string.IsNullOrWhiteSpace(v.Description)));
        Assert.True(values.IndexOf("applied") < values.IndexOf("OFFER"));
    }

    [Fact]
    public void The_built_in_schema_reads_every_kind_of_setting()
    {
        DossierSchema schema = SchemaLoader.BuiltIn();
        SectionSpec description = schema.FindSection("about  the ROLE")!;
        Assert.Equal("Job Description", description.Heading);
        Assert.Equal(Requirement.Required, description.Requirement);
        Assert.Equal(Requirement.Recommended, schema.FindSection("Responsibilities")!.Requirement);
        Assert.Equal(Requirement.Optional, schema.FindSection("Notes")!.Requirement);
        Assert.Equal("- \n", schema.FindSection("Notes")!.Template);

        FieldSpec date = schema.FindField("applied on")!;
        Assert.Equal((FieldType.Date, FieldRole.ApplicationDate), (date.Type, date.Role));
        Assert.True(date.IsPlaceholder(" [tbd] "));
        Assert.Equal("Application Status", date.RequiredWhen!.FieldKey);
        Assert.Equal("APPLIED", date.RequiredWhen.AtOrAfter);
        Assert.Equal("Application Status is APPLIED or later", date.RequiredWhen.Description);
        Assert.Equal((FieldType.MoneyRange, FieldRole.Salary), (schema.FindField("Pay")!.Type, schema.FindField("Pay")!.Role));
        Assert.True(schema.FindField("Company")!.Required);
        Assert.False(schema.FindField("Location")!.Required);
    }

    [Fact]
    public void A_minimal_schema_loads_with_defaults()
    {
        SchemaLoadResult result = SchemaLoader.Load(Minimal, File);
        Assert.Empty(result.Errors);
        DossierSchema schema = result.Schema!;
        Assert.Equal(File, schema.Origin);
        Assert.Null(schema.Title);
        Assert.Null(schema.Description);
        Assert.Equal(Requirement.Optional, schema.FindSection("Notes")!.Requirement);
        FieldSpec company = schema.FindField("company")!;
        Assert.Equal((FieldType.Text, FieldRole.Company, false), (company.Type, company.Role, company.Required));
        Assert.Empty(company.Aliases);
        Assert.Empty(company.Placeholders);
    }

    [Fact]
    public void Every_type_role_and_requirement_name_is_accepted()
    {
        string yaml = Minimal.Replace("""
              - key: Company
                role: company
            """, """
              - { key: A, type: text, role: company, required: true }
              - { key: B, type: date, role: posting-date }
              - { key: C, type: date, role: application-date }
              - { key: D, type: money-range, role: salary }
              - { key: E, type: url, role: position }
              - { key: F, type: email, role: location }
            """).Replace("""
                type: enum
                enum: status
            """, """
                type: enum
                enum: status
                role: status
            """).Replace("- heading: Notes", "- { heading: Notes, requirement: recommended }\n  - { heading: More, requirement: optional }");
        SchemaLoadResult result = SchemaLoader.Load(yaml, File);
        Assert.Empty(result.Errors);
        Assert.Equal(
            [FieldType.Text, FieldType.Date, FieldType.Date, FieldType.MoneyRange, FieldType.Url, FieldType.Email, FieldType.Enum],
            result.Schema!.Fields.Select(f => f.Type));
        Assert.Equal(
            [FieldRole.Company, FieldRole.PostingDate, FieldRole.ApplicationDate, FieldRole.Salary, FieldRole.Position, FieldRole.Location, FieldRole.Status],
            result.Schema.Fields.Select(f => f.Role));
        Assert.Equal([Requirement.Required, Requirement.Recommended, Requirement.Optional], result.Schema.Sections.Select(s => s.Requirement));
    }

    [Fact]
    public void Bad_yaml_is_reported_with_its_position() =>
        Assert.Equal("3:5 duplicate key 'heading'", Single("sections:\n  - heading: A\n    heading: B\n"));

    [Fact]
    public void A_yaml_syntax_error_is_reported_with_its_position()
    {
        // YamlDotNet throws a position-less InvalidOperationException for this one; the reader points after the last good event.
        Assert.Equal("2:13 the YAML is malformed after this point (an unclosed bracket, brace or quote?)",
            Single("name: mini\nsections: [a, b\nfields: []\n"));
        Assert.Equal("4:1 While parsing a flow sequence, did not find expected ',' or ']'.", Single("name: mini\nsections: [a, b\n\n"));
    }

    [Fact]
    public void An_empty_file_is_not_a_schema() =>
        Assert.Equal("1:1 a schema must be a mapping with name, sections and fields", Single(""));

    [Fact]
    public void Unknown_top_level_key_suggests_the_nearest() =>
        Assert.Equal("2:1 unknown key 'feilds' in the schema; did you mean 'fields'?", Single(Minimal.Replace("name: mini\n", "name: mini\nfeilds: []\n")));

    [Fact]
    public void Unknown_key_far_from_any_lists_them_all() =>
        Assert.Equal(
            "1:1 unknown key 'colour' in the schema; expected one of: \"name\", \"description\", \"title\", \"fieldsSection\", \"sections\", \"fields\", \"enums\"",
            Single("colour: red\n" + Minimal));

    [Fact]
    public void Unknown_keys_in_nested_mappings()
    {
        Assert.Equal("5:5 unknown key 'requirment' in a section; did you mean 'requirement'?", Single(Minimal.Replace("    requirement: required", "    requirment: required")));
        Assert.Equal("9:5 unknown key 'rol' in a field; did you mean 'role'?", Single(Minimal.Replace("    role: company", "    rol: company")));
        Assert.Equal("16:9 unknown key 'valeu' in an enum value; did you mean 'value'?", Single(Minimal.Replace("- value: OPEN", "- valeu: OPEN\n        value: OPEN")));
        Assert.Equal("15:5 unknown key 'valuse' in enum 'status'; did you mean 'values'?", Single(Minimal.Replace("    values:", "    valuse: []\n    values:")));
        Assert.Equal("15:5 unknown key 'vals' in enum 'status'; expected one of: \"description\", \"values\"", Single(Minimal.Replace("    values:", "    vals: []\n    values:")));
    }

    [Fact]
    public void Wrong_types_are_reported_where_they_are()
    {
        Assert.Equal("3:11 the schema needs 'sections', a list of sections", Errors(Minimal.Replace("sections:\n  - heading: Details\n    requirement: required\n  - heading: Notes", "sections: Details"))[0]);
        Assert.Equal("9:15 required must be true or false, not 'maybe'", Single(Minimal.Replace("  - key: Company\n", "  - key: Company\n    required: maybe\n")));
        Assert.Equal("9:15 aliases must be a list of values", Single(Minimal.Replace("  - key: Company\n", "  - key: Company\n    aliases: [[a]]\n")));
        Assert.Equal("4:5 a section must be a mapping of keys to values", Single(Minimal.Replace("  - heading: Details\n    requirement: required", "  - Details\n  - heading: Details")));
        Assert.Equal("1:14 description must be a single value, not a list or mapping", Single("description: [a]\n" + Minimal));
    }

    [Fact]
    public void Missing_required_keys()
    {
        Assert.Equal("1:1 the schema needs 'name'", Single(Minimal.Replace("name: mini\n", "")));
        Assert.Equal("1:1 the schema needs 'fieldsSection'", Single(Minimal.Replace("fieldsSection: Details\n", "")));
        Assert.Equal("1:1 the schema needs 'fields', a list of fields", Single(Minimal[..Minimal.IndexOf("fields:", StringComparison.Ordinal)]));
        Assert.Equal("5:5 a section needs 'heading'", Single(Minimal.Replace("  - heading: Details\n    requirement: required", "  - heading: Details\n  - requirement: required")));
        Assert.Equal("15:5 enum 'status' needs a list of values", Single(Minimal[..Minimal.IndexOf("    values:", StringComparison.Ordinal)] + "    description: x\n"));
    }

    [Fact]
    public void A_bad_regex_is_reported_at_the_pattern()
    {
        string error = Single("title:\n  pattern: '^(?<company>.+'\n" + Minimal);
        Assert.StartsWith("2:12 pattern is not a valid regular expression:", error);
    }

    [Fact]
    public void Title_loads_its_pattern_example_and_agreements()
    {
        SchemaLoadResult result = SchemaLoader.Load("title:\n  pattern: '^(?<company>.+)$'\n  agree:\n    company: Company\n" + Minimal, File);
        Assert.Empty(result.Errors);
        Assert.Equal("^(?<company>.+)$", result.Schema!.Title!.Example);
        Assert.Equal("Company", result.Schema.Title.Agreements["company"]);
    }

    [Fact]
    public void Agree_naming_an_unknown_capture_or_field()
    {
        Assert.Equal(
            "4:5 the pattern has no group named 'position'",
            Single("title:\n  pattern: '^(?<company>.+)$'\n  agree:\n    position: Company\n" + Minimal));
        Assert.Equal(
            "4:14 agree names field 'Employer', which is not defined",
            Single("title:\n  pattern: '^(?<company>.+)$'\n  agree:\n    company: Employer\n" + Minimal));
    }

    [Fact]
    public void Enum_field_naming_an_unknown_enum()
    {
        Assert.Equal(
            "12:11 field 'Status' names enum 'state', which is not defined under 'enums'",
            Single(Minimal.Replace("enum: status", "enum: state")));
        Assert.Equal(
            "11:11 enum field 'Status' needs 'enum: NAME'",
            Single(Minimal.Replace("    enum: status\n", "")));
    }

    [Fact]
    public void RequiredWhen_naming_an_unknown_field_or_value()
    {
        string Condition(string condition) => Minimal.Replace("    role: company\n", "    role: company\n    requiredWhen: " + condition + "\n");
        Assert.Empty(SchemaLoader.Load(Condition("{ field: Status, in: [OPEN] }"), File).Errors);
        Assert.Empty(SchemaLoader.Load(Condition("{ field: status, atOrAfter: closed }"), File).Errors);
        void Check(string condition, string at, string message)
        {
            string yaml = Condition(condition);
            Assert.Equal($"{At(yaml, at)} {message}", Single(yaml));
        }
        Check("{ field: State, in: [OPEN] }", "State", "requiredWhen names field 'State', which is not defined");
        Check("{ field: Status, in: [OPEN, SHUT] }", "[OPEN, SHUT]", "'SHUT' is not a value of enum 'status'");
        Check("{ field: Status, atOrAfter: SHUT }", "SHUT", "'SHUT' is not a value of enum 'status'");
        Check("{ field: Company, atOrAfter: OPEN }", "OPEN }", "atOrAfter needs 'Company' to be an enum field");
        Check("{ field: Status }", "{ field: Status }", "requiredWhen needs 'in: [VALUES]' or 'atOrAfter: VALUE'");
        Check("{ in: [OPEN] }", "{ in:", "requiredWhen needs 'field'");
        Check("{ field: Status, in: [OPEN], inn: x }", "inn", "unknown key 'inn' in requiredWhen; did you mean 'in'?");
    }

    [Fact]
    public void RequiredWhen_is_checked_even_after_a_field_that_failed_to_load()
    {
        string yaml = Minimal.Replace("fields:\n", "fields:\n  - description: no key\n")
            .Replace("    role: company\n", "    role: company\n    requiredWhen: { field: State, in: [OPEN] }\n");
        Assert.Equal([$"{At(yaml, "description: no key")} a field needs 'key'", $"{At(yaml, "State")} requiredWhen names field 'State', which is not defined"], Errors(yaml));
    }

    [Fact]
    public void Duplicate_sections_fields_and_enum_values()
    {
        Assert.Equal("6:14 section 'details' (or one of its aliases) is already defined", Single(Minimal.Replace("- heading: Notes", "- heading: details")));
        Assert.Equal("6:14 section 'Notes' (or one of its aliases) is already defined", Single(Minimal.Replace("- heading: Notes", "- heading: Notes\n    aliases: [Details]")));
        Assert.Equal("10:10 field 'company' (or one of its aliases) is already defined", Single(Minimal.Replace("  - key: Status", "  - key: company\n  - key: Status")));
        Assert.Equal("10:10 field 'Employer' (or one of its aliases) is already defined", Single(Minimal.Replace("  - key: Status", "  - key: Employer\n    aliases: [Company]\n  - key: Status")));
        Assert.Equal("18:16 enum 'status' lists 'open' twice", Single(Minimal.Replace("- value: CLOSED", "- value: CLOSED\n      - value: open")));
        Assert.Equal("8:3 only one field may have role 'company'", Single(Minimal.Replace("    enum: status\n", "    enum: status\n    role: company\n")));
    }

    [Fact]
    public void FieldsSection_must_be_one_of_the_sections()
    {
        Assert.Equal("2:16 fieldsSection 'Facts' is not one of the sections", Single(Minimal.Replace("fieldsSection: Details", "fieldsSection: Facts")));
        Assert.Empty(SchemaLoader.Load(Minimal.Replace("- heading: Details", "- heading: Details\n    aliases: [Facts]").Replace("fieldsSection: Details", "fieldsSection: facts"), File).Errors);
    }

    [Fact]
    public void Invalid_type_role_and_requirement_names()
    {
        Assert.Equal("10:11 type must be one of \"text\", \"enum\", \"date\", \"money-range\", \"url\", \"email\", not 'string'", Single(Minimal.Replace("    role: company\n", "    role: company\n    type: string\n")));
        Assert.Equal("9:11 role must be one of \"company\", \"position\", \"location\", \"status\", \"posting-date\", \"application-date\", \"salary\", \"job-id\", not 'employer'", Single(Minimal.Replace("role: company", "role: employer")));
        Assert.Equal("5:18 requirement must be one of \"required\", \"recommended\", \"optional\", not 'Required'", Single(Minimal.Replace("requirement: required", "requirement: Required")));
    }

    [Fact]
    public void Errors_never_carry_position_zero()
    {
        foreach (string yaml in new[] { "name: x\n", "[]", "fields: x\nsections: y\n", "title: 3\n" + Minimal, Minimal.Replace("name: mini\n", "") })
        {
            foreach (ConfigError error in SchemaLoader.Load(yaml, File).Errors)
            {
                Assert.True(error.Line >= 1 && error.Column >= 1, error.ToString());
            }
        }
    }

    internal static string RepoRoot()
    {
        for (string? directory = AppContext.BaseDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (System.IO.File.Exists(Path.Combine(directory, "DossierLsp.sln")))
            {
                return directory;
            }
        }
        throw new InvalidOperationException("cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
