using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Language.ConfigFile;
using DossierLsp.Core.Rules;
using Json.Schema;

namespace DossierLsp.Core.Tests.Language;

/// <summary>
/// schemas/dossier-config.json, the JSON Schema a YAML extension checks dossier.config.yaml with, takes its keys'
/// documentation and its lists of values from the homes the config file's hover and completion use: ConfigKeys (with
/// ProfileKeys' profile keys), RuleCatalog and ConfigKeys.ValuesOf. The file's structure (types, patterns, the
/// descriptions of values that are not keys) is written by hand; this test writes the rest over it and fails when the
/// committed file differs. UPDATE_GOLDEN=1 rewrites the file for review.
/// </summary>
public sealed partial class ConfigJsonSchemaTests
{
    private static readonly JsonSerializerOptions Written = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public void The_config_json_schema_takes_its_docs_and_choices_from_the_tables()
    {
        string path = SchemaPath;
        string committed = File.ReadAllText(path).ReplaceLineEndings("\n");
        JsonObject schema = JsonNode.Parse(committed)!.AsObject();
        Generate(schema);
        string expected = schema.ToJsonString(Written) + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, expected);
        }
        Assert.Equal(expected, committed);
    }

    [Fact]
    public void Is_a_valid_draft_07_schema()
    {
        using JsonDocument schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        Assert.True(MetaSchemas.Draft7.Evaluate(schema.RootElement).IsValid);
    }

    /// <summary>A real validator, as a YAML extension would run one, takes the generated rule ids and levels.</summary>
    [Theory]
    [InlineData("""{ "rules": { "date-ambiguous": "off", "section-order": false, "Section-Order": "warning" }, "dateOrder": "dmy" }""", true)]
    [InlineData("""{ "schema": "job-dossier", "profile": { "currency": "EUR", "minimumSalary": 150000 } }""", true)]
    [InlineData("""{ "rules": { "date-ambiguous": "loud" } }""", false)]
    [InlineData("""{ "rules": { "not-a-rule": "loud" } }""", false)]
    [InlineData("""{ "dateOrder": "ymd" }""", false)]
    public void A_json_schema_validator_reads_the_file_as_the_loader_does(string config, bool valid)
    {
        using JsonDocument instance = JsonDocument.Parse(config);
        Assert.Equal(valid, Validator.Value.Evaluate(instance.RootElement).IsValid);
    }

    private static readonly string SchemaPath = Path.Combine(ArchitectureTests.RepositoryRoot(), "schemas", "dossier-config.json");

    // Built once: the validator registers the schema under its $id for the whole process.
    private static readonly Lazy<JsonSchema> Validator = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));

    [Fact]
    public void Plain_text_drops_code_marks_and_keeps_link_text()
    {
        Assert.Equal("See SCHEMA.md for job-dossier.", PlainText("See [SCHEMA.md](SCHEMA.md) for `job-dossier`."));
        Assert.Equal("Rule id → error.", PlainText("Rule id → `error`."));
    }

    private static void Generate(JsonObject root)
    {
        JsonObject definitions = root["definitions"]!.AsObject();
        foreach (ConfigKey key in ConfigKeys.Workspace)
        {
            Describe(Declaration(root, root, key.Name), key);
        }
        foreach (ConfigKey key in ConfigKeys.Profile)
        {
            Describe(Declaration(root, definitions["profile"]!.AsObject(), key.Name), key);
        }
        JsonObject includeMapping = definitions["include"]!["anyOf"]!.AsArray().OfType<JsonObject>().Single(b => b["properties"] is not null);
        foreach (ConfigKey key in ConfigKeys.Include)
        {
            Describe(Declaration(root, includeMapping, key.Name), key);
        }

        Values(Declaration(root, root, "schema"), "examples", ConfigValue.Schema);
        Values(Declaration(root, includeMapping, "schema"), "examples", ConfigValue.Schema);
        Values(Declaration(root, definitions["profile"]!.AsObject(), "currency"), "examples", ConfigValue.Currency);
        JsonObject dateOrder = Declaration(root, root, "dateOrder");
        Values(dateOrder, "enum", ConfigValue.DateOrder);
        dateOrder["enumDescriptions"] = new JsonArray([.. ConfigKeys.ValuesOf(ConfigValue.DateOrder).Select(v => JsonValue.Create(v.Description))]);
        // RuleLevelNames reads false (YAML's boolean, or the word) as off.
        JsonObject level = definitions["level"]!.AsObject();
        Values(level, "enum", ConfigValue.Level);
        level["enum"]!.AsArray().Add(false);
        level["enum"]!.AsArray().Add("false");
        Declaration(root, root, "rules")["properties"] = RuleProperties();
    }

    /// <summary>Each rule id with its summary and default severity; a level as the value.</summary>
    private static JsonObject RuleProperties() => new(RuleCatalog.All.Select(rule =>
    {
        string markdown = $"{rule.Summary} Default: `{rule.DefaultSeverity.Name()}`. [docs/RULES.md]({RuleDocs.Link(rule.Id)})";
        return KeyValuePair.Create(rule.Id, (JsonNode?)new JsonObject
        {
            ["description"] = PlainText($"{rule.Summary} Default: `{rule.DefaultSeverity.Name()}`."),
            ["markdownDescription"] = markdown,
            ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/definitions/level" }),
        });
    }));

    /// <summary>The schema that declares property <paramref name="name"/> of <paramref name="owner"/>, through a $ref.</summary>
    private static JsonObject Declaration(JsonObject root, JsonObject owner, string name)
    {
        JsonObject declared = owner["properties"]![name]!.AsObject();
        return declared["$ref"]?.GetValue<string>() is { } reference
            ? root["definitions"]![reference["#/definitions/".Length..]]!.AsObject()
            : declared;
    }

    /// <summary>The key's description, as plain text and as Markdown (for editors that show it), with its default.</summary>
    private static void Describe(JsonObject declaration, ConfigKey key)
    {
        // A default written as code is a value; "none" or "see below" only make sense in the docs' table.
        string markdown = key.Default.StartsWith('`') ? $"{key.Description} Default: {key.Default}." : key.Description;
        Document(declaration, PlainText(markdown), ConfigKeys.AbsoluteLinks(markdown));
    }

    /// <summary>Puts the two descriptions first, where a reader of the file looks for them.</summary>
    private static void Document(JsonObject declaration, string plain, string markdown)
    {
        declaration.Remove("description");
        declaration.Remove("markdownDescription");
        declaration.Insert(0, "description", plain);
        declaration.Insert(1, "markdownDescription", markdown);
    }

    private static void Values(JsonObject declaration, string keyword, ConfigValue value) =>
        declaration[keyword] = new JsonArray([.. ConfigKeys.ValuesOf(value).Select(v => JsonValue.Create(v.Value))]);

    private static string PlainText(string markdown) => Link().Replace(markdown, "$1").Replace("`", "", StringComparison.Ordinal);

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();
}
