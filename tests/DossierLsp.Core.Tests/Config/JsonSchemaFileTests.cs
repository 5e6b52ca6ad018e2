using System.Text.Json;
using DossierLsp.Core.Config;
using DossierLsp.Core.Yaml;
using static DossierLsp.Core.Tests.Schemas.SchemaLoaderTests;

namespace DossierLsp.Core.Tests.Configuration;

/// <summary>
/// schemas/dossier-schema.json and schemas/dossier-config.json describe what SchemaLoader and ConfigLoader accept.
/// The schema file's key lists below are copied by hand from SchemaLoader's CheckKeys calls: when it learns a key, add
/// it here and to the JSON Schema. The config file's come from ConfigLoader's lists, and its descriptions and choices
/// are written from the key tables (ConfigJsonSchemaTests).
/// </summary>
public sealed class JsonSchemaFileTests
{
    private static readonly (string Path, string[] Keys)[] SchemaKeys =
    [
        ("", ["name", "description", "title", "fieldsSection", "sections", "fields", "enums"]),
        ("title", ["pattern", "example", "agree", "variants"]),
        ("sections/[]", ["heading", "aliases", "requirement", "description", "template"]),
        ("fields/[]", ["key", "aliases", "type", "role", "required", "placeholders", "description", "enum", "requiredWhen"]),
        ("fields/[]/requiredWhen", ["field", "in", "atOrAfter"]),
        ("enums/*", ["description", "values"]),
        ("enums/*/values/[]", ["value", "aliases", "description", "anyStage"]),
    ];

    private static readonly (string Path, string[] Keys)[] ConfigKeys =
    [
        ("", ConfigLoader.Keys),
        ("include/[]", ConfigLoader.IncludeKeys),
        ("profile", [.. ProfileKeys.Names]),
    ];

    private static JsonElement Load(string name)
    {
        string text = File.ReadAllText(Path.Combine(RepoRoot(), "schemas", name));
        using JsonDocument document = JsonDocument.Parse(text);
        JsonElement root = document.RootElement.Clone();
        Assert.Equal("http://json-schema.org/draft-07/schema#", root.GetProperty("$schema").GetString());
        return root;
    }

    [Theory]
    [InlineData("dossier-schema.json")]
    [InlineData("dossier-config.json")]
    public void Is_valid_json_with_a_description_on_every_property(string name)
    {
        JsonElement root = Load(name);
        var missing = new List<string>();
        Visit(root, "#");
        Assert.Empty(missing);

        void Visit(JsonElement element, string where)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                int i = 0;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    Visit(item, $"{where}/{i++}");
                }
                return;
            }
            if (element.ValueKind != JsonValueKind.Object)
            {
                return;
            }
            if (element.TryGetProperty("properties", out JsonElement properties))
            {
                foreach (JsonProperty property in properties.EnumerateObject())
                {
                    if (!Candidates(root, property.Value).Any(c => c.TryGetProperty("description", out _)))
                    {
                        missing.Add($"{where}/properties/{property.Name}");
                    }
                }
            }
            // An "if" only tests a document; its properties are not declarations.
            foreach (JsonProperty property in element.EnumerateObject().Where(p => p.Name != "if"))
            {
                Visit(property.Value, $"{where}/{property.Name}");
            }
        }
    }

    [Fact]
    public void The_schema_file_declares_exactly_the_keys_SchemaLoader_accepts() => CheckKeys(Load("dossier-schema.json"), SchemaKeys);

    [Fact]
    public void The_config_file_declares_exactly_the_keys_ConfigLoader_accepts() => CheckKeys(Load("dossier-config.json"), ConfigKeys);

    [Fact]
    public void Choices_match_the_loaders()
    {
        JsonElement schema = Load("dossier-schema.json");
        Assert.Equal(["text", "enum", "date", "money-range", "url", "email"], EnumAt(schema, "fields/[]/type"));
        Assert.Equal(["company", "position", "location", "status", "posting-date", "application-date", "salary", "job-id"], EnumAt(schema, "fields/[]/role"));
        Assert.Equal(["required", "recommended", "optional"], EnumAt(schema, "sections/[]/requirement"));
        JsonElement config = Load("dossier-config.json");
        Assert.Equal(["mdy", "dmy"], EnumAt(config, "dateOrder"));
        Assert.Equal(["error", "warning", "info", "off", "false", "false"], EnumAt(config, "rules/*"));
    }

    [Fact]
    public void The_built_in_schema_uses_only_declared_keys() =>
        Assert.Empty(Undeclared(Path.Combine(RepoRoot(), "schemas", "job-dossier.yaml"), Load("dossier-schema.json")));

    [Fact]
    public void The_example_config_uses_only_declared_keys() =>
        Assert.Empty(Undeclared(Path.Combine(RepoRoot(), "examples", "dossier.config.yaml"), Load("dossier-config.json")));

    [Fact]
    public void The_checker_finds_undeclared_keys()
    {
        JsonElement schema = Load("dossier-config.json");
        Assert.Equal(
            ["profile/minSalary", "include/[]/globs", "rules/x"],
            Check(SafeYamlReader.Read("profile:\n  minSalary: 1\ninclude:\n  - { globs: a }\nrules:\n  x: loud\n").Root!, schema, schema, ""));
    }

    private static void CheckKeys(JsonElement root, (string Path, string[] Keys)[] expected)
    {
        foreach (var (path, keys) in expected)
        {
            List<JsonElement> objects = At(root, path).Where(c => c.TryGetProperty("properties", out _)).ToList();
            JsonElement only = Assert.Single(objects);
            Assert.Equal(keys.Order(), only.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order());
            Assert.False(only.GetProperty("additionalProperties").GetBoolean(), $"'{path}' should set additionalProperties: false");
        }
    }

    private static string[] EnumAt(JsonElement root, string path) =>
        At(root, path).Where(c => c.TryGetProperty("enum", out _)).SelectMany(c => c.GetProperty("enum").EnumerateArray())
            .Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText()).ToArray();

    /// <summary>The schema objects at a path of property names, "[]" (array items) and "*" (additionalProperties).</summary>
    private static IEnumerable<JsonElement> At(JsonElement root, string path)
    {
        IEnumerable<JsonElement> current = Candidates(root, root);
        foreach (string segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = current.SelectMany(c => Step(root, c, segment)).ToList();
        }
        return current;
    }

    private static IEnumerable<JsonElement> Step(JsonElement root, JsonElement schema, string segment)
    {
        JsonElement next = default;
        bool found = segment switch
        {
            "[]" => schema.TryGetProperty("items", out next),
            "*" => schema.TryGetProperty("additionalProperties", out next) && next.ValueKind == JsonValueKind.Object,
            _ => schema.TryGetProperty("properties", out JsonElement properties) && properties.TryGetProperty(segment, out next),
        };
        return found ? Candidates(root, next) : [];
    }

    /// <summary>The schema itself and every schema it stands for through $ref, anyOf, oneOf and allOf.</summary>
    private static IEnumerable<JsonElement> Candidates(JsonElement root, JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }
        if (schema.TryGetProperty("$ref", out JsonElement reference))
        {
            string name = reference.GetString()!;
            Assert.StartsWith("#/definitions/", name);
            foreach (JsonElement target in Candidates(root, root.GetProperty("definitions").GetProperty(name["#/definitions/".Length..])))
            {
                yield return target;
            }
            yield break;
        }
        yield return schema;
        foreach (string combiner in new[] { "anyOf", "oneOf", "allOf" })
        {
            if (schema.TryGetProperty(combiner, out JsonElement branches))
            {
                foreach (JsonElement branch in branches.EnumerateArray())
                {
                    foreach (JsonElement candidate in Candidates(root, branch))
                    {
                        yield return candidate;
                    }
                }
            }
        }
    }

    private static string[] Undeclared(string yamlPath, JsonElement schema)
    {
        YamlReadResult read = SafeYamlReader.Read(File.ReadAllText(yamlPath));
        Assert.Empty(read.Errors);
        return Check(read.Root!, schema, schema, "").ToArray();
    }

    /// <summary>Keys (and enum values) of <paramref name="node"/> that <paramref name="schema"/> does not declare, as paths.</summary>
    private static List<string> Check(YamlNode node, JsonElement root, JsonElement schema, string where)
    {
        var problems = new List<string>();
        List<JsonElement> candidates = Candidates(root, schema).ToList();
        switch (node)
        {
            case YamlMapping mapping:
                foreach (var (key, value) in mapping.Entries)
                {
                    string path = where.Length == 0 ? key.Value : $"{where}/{key.Value}";
                    JsonElement? declared = candidates
                        .Select(c => c.TryGetProperty("properties", out JsonElement p) && p.TryGetProperty(key.Value, out JsonElement s) ? s : (JsonElement?)null)
                        .FirstOrDefault(s => s is not null)
                        ?? candidates
                            .Select(c => c.TryGetProperty("additionalProperties", out JsonElement a) && a.ValueKind == JsonValueKind.Object ? a : (JsonElement?)null)
                            .FirstOrDefault(s => s is not null);
                    if (declared is { } child)
                    {
                        problems.AddRange(Check(value, root, child, path));
                    }
                    else
                    {
                        problems.Add(path);
                    }
                }
                break;
            case YamlSequence sequence:
                JsonElement? items = candidates.Select(c => c.TryGetProperty("items", out JsonElement i) ? i : (JsonElement?)null).FirstOrDefault(i => i is not null);
                foreach (YamlNode item in sequence.Items)
                {
                    if (items is { } itemSchema)
                    {
                        problems.AddRange(Check(item, root, itemSchema, $"{where}/[]"));
                    }
                    else
                    {
                        problems.Add($"{where}/[]");
                    }
                }
                break;
            case YamlScalar scalar:
                string[] allowed = candidates.Where(c => c.TryGetProperty("enum", out _))
                    .SelectMany(c => c.GetProperty("enum").EnumerateArray())
                    .Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText())
                    .ToArray();
                if (allowed.Length > 0 && !allowed.Contains(scalar.Value, StringComparer.Ordinal))
                {
                    problems.Add(where);
                }
                break;
        }
        return problems;
    }
}
