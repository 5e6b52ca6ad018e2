using System.Text.Json;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Yaml;

namespace DossierLsp.Core.Tests.Schema;

/// <summary>The JSON Schemas that YAML editors use must describe exactly what the loaders read.</summary>
public sealed class SchemaFilesTests
{
    private static readonly string Root = ArchitectureTests.RepositoryRoot();

    private static JsonElement Json(string name) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "schemas", name))).RootElement;

    private static YamlMapping Yaml(params string[] path) => (YamlMapping)SafeYamlReader.Read(File.ReadAllText(Path.Combine([Root, .. path]))).Root!;

    /// <summary>Every key used at every level of <paramref name="yaml"/> is declared at the matching level of <paramref name="schema"/>.</summary>
    private static void AssertDeclared(YamlNode yaml, JsonElement schema, JsonElement root, string where)
    {
        if (schema.TryGetProperty("$ref", out JsonElement reference))
        {
            schema = root.GetProperty("definitions").GetProperty(reference.GetString()!.Split('/')[^1]);
        }
        switch (yaml)
        {
            case YamlMapping mapping when schema.TryGetProperty("properties", out JsonElement properties):
                foreach (var (key, value) in mapping.Entries)
                {
                    Assert.True(properties.TryGetProperty(key.Value, out JsonElement child), $"{where}.{key.Value} is not declared in the JSON Schema");
                    AssertDeclared(value, child, root, $"{where}.{key.Value}");
                }
                break;
            case YamlMapping mapping when schema.TryGetProperty("additionalProperties", out JsonElement any) && any.ValueKind == JsonValueKind.Object:
                foreach (var (key, value) in mapping.Entries)
                {
                    AssertDeclared(value, any, root, $"{where}.{key.Value}");
                }
                break;
            case YamlSequence sequence when schema.TryGetProperty("items", out JsonElement items):
                foreach (YamlNode item in sequence.Items)
                {
                    AssertDeclared(item, items.TryGetProperty("oneOf", out JsonElement oneOf) ? oneOf[1] : items, root, $"{where}[]");
                }
                break;
        }
    }

    [Fact]
    public void Built_in_schema_uses_only_declared_keys()
    {
        JsonElement schema = Json("dossier-schema.json");
        AssertDeclared(Yaml("schemas", "job-dossier.yaml"), schema, schema, "job-dossier.yaml");
    }

    [Fact]
    public void Example_config_uses_only_declared_keys()
    {
        JsonElement schema = Json("dossier-config.json");
        AssertDeclared(Yaml("examples", "dossier.config.yaml"), schema, schema, "dossier.config.yaml");
    }

    [Fact]
    public void Built_in_schema_loads_with_the_statuses_in_lifecycle_order()
    {
        DossierSchema schema = SchemaLoader.BuiltIn();
        Assert.Equal(["RESEARCHING", "PREPARED", "APPLIED", "SCREENING", "INTERVIEWING", "OFFER", "ACCEPTED", "REJECTED", "WITHDRAWN"], schema.Enums["status"].Values.Select(v => v.Value));
        Assert.Equal(9, schema.Sections.Count);
        Assert.Equal("Job Details", schema.FieldsSection);
    }
}
