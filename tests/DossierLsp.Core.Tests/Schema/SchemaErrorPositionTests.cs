using DossierLsp.Core.Config;
using DossierLsp.Core.Schema;

namespace DossierLsp.Core.Tests.Schema;

public sealed class SchemaErrorPositionTests
{
    private const string Minimal = """
        name: mini
        fieldsSection: Details
        sections:
          - heading: Details
            requirement: required
        fields:
          - key: Status
            type: enum
            enum: status
        enums:
          status:
            values:
              - value: OPEN
              - value: CLOSED
        """;

    [Fact]
    public void A_minimal_schema_loads()
    {
        SchemaLoadResult result = SchemaLoader.Load(Minimal, "mini.yaml");
        Assert.Empty(result.Errors);
        Assert.Equal("mini", result.Schema!.Name);
        Assert.Equal(["OPEN", "CLOSED"], result.Schema.Enums["status"].Values.Select(v => v.Value));
    }

    [Theory]
    [InlineData("fieldsSection: Details", "fieldsSection: Nope", 2, 16, "fieldsSection 'Nope' is not one of the sections")]
    [InlineData("    type: enum\n", "    type: enum\n    colour: red\n", 9, 5, "unknown key 'colour' in a field; expected one of")]
    [InlineData("    enum: status", "    enum: state", 9, 11, "field 'Status' names enum 'state', which is not defined under 'enums'")]
    [InlineData("    requirement: required", "    requirement: must", 5, 18, "requirement must be one of required, recommended, optional, not 'must'")]
    [InlineData("name: mini", "name: mini\ntitle:\n  pattern: '(unclosed'", 3, 12, "pattern is not a valid regular expression")]
    [InlineData("name: mini", "name: mini\ntitle:\n  pattern: '^(?<a>.+)$'\n  agree: { b: Status }", 4, 12, "the pattern has no group named 'b'")]
    [InlineData("    enum: status", "    enum: status\n    requiredWhen: { field: Status, atOrAfter: DONE }", 10, 47, "'DONE' is not a value of enum 'status'")]
    [InlineData("  - key: Status", "  - key: Other\n  - key: Status\n    aliases: [other]", 8, 10, "field 'Status' (or one of its aliases) is already defined")]
    [InlineData("name: mini", "name: mini\nname: again", 2, 1, "duplicate key 'name'")]
    public void Errors_name_file_line_and_column(string find, string replace, int line, int column, string message)
    {
        SchemaLoadResult result = SchemaLoader.Load(Minimal.Replace(find, replace), "mine.yaml");
        Assert.Null(result.Schema);
        ConfigError error = Assert.Single(result.Errors);
        Assert.Equal(("mine.yaml", line, column), (error.File, error.Line, error.Column));
        Assert.StartsWith(message, error.Message);
    }
}
