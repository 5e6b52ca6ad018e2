using DossierLsp.Core.Schema;

namespace DossierLsp.Core.Tests.Schemas;

/// <summary>Enum value aliases in the schema format, and how field text is read as a value.</summary>
public sealed class EnumValueTests
{
    private const string Schema = """
        name: mini
        fieldsSection: Details
        sections:
          - heading: Details
        fields:
          - key: Status
            type: enum
            enum: status
        enums:
          status:
            values:
              - value: OPEN
                aliases: [Not started, Backlog]
              - value: ON_HOLD
                aliases: Paused
              - value: CLOSED

        """;

    private static EnumSpec Status(string yaml = Schema)
    {
        SchemaLoadResult result = SchemaLoader.Load(yaml, "mini.yaml");
        Assert.Empty(result.Errors);
        return result.Schema!.Enums["status"];
    }

    private static string[] Errors(string yaml) =>
        SchemaLoader.Load(yaml, "mini.yaml").Errors.Select(e => $"{e.Line}:{e.Column} {e.Message}").ToArray();

    [Fact]
    public void Aliases_are_read_as_a_list_or_one_value()
    {
        EnumSpec status = Status();
        Assert.Equal(["Not started", "Backlog"], status.Values[0].Aliases);
        Assert.Equal(["Paused"], status.Values[1].Aliases);
        Assert.Empty(status.Values[2].Aliases);
    }

    [Theory]
    [InlineData("OPEN", "OPEN", false, "")]
    [InlineData("open", "OPEN", false, "")]
    [InlineData("On hold", "ON_HOLD", false, "")]
    [InlineData("on-hold (budget freeze)", "ON_HOLD", false, " (budget freeze)")]
    [InlineData("Not started yet", "OPEN", true, " yet")]
    [InlineData("PAUSED – 2024-06-01", "ON_HOLD", true, " – 2024-06-01")]
    [InlineData("closed ✅", "CLOSED", false, " ✅")]
    [InlineData("✅ Backlog", "OPEN", true, "")]
    public void Text_is_read_as_a_value_or_alias_with_a_note(string text, string value, bool alias, string note)
    {
        EnumReading reading = Assert.IsType<EnumReading>(Status().Read(text));
        Assert.Equal(value, reading.Value.Value);
        Assert.Equal(alias, reading.IsAlias);
        Assert.Equal(note, text[reading.End..]);
    }

    [Theory]
    [InlineData("Openly")]       // a value must be whole words
    [InlineData("Not closed")]   // and start the text
    [InlineData("")]
    [InlineData("—")]
    public void Text_that_does_not_start_with_a_value_is_not_read(string text) => Assert.Null(Status().Read(text));

    [Theory]
    [InlineData("CLOSD", "CLOSED")]
    [InlineData("Onhld (waiting)", "ON_HOLD")]
    [InlineData("Pasued", "ON_HOLD")]
    [InlineData("Backlgo", "OPEN")]
    public void The_closest_value_is_found_through_values_and_aliases(string text, string value) =>
        Assert.Equal(value, Status().Closest(text)?.Value.Value);

    [Fact]
    public void Nothing_is_closest_to_unrelated_text() => Assert.Null(Status().Closest("Talked to the recruiter"));

    [Fact]
    public void An_alias_may_not_repeat_a_value_or_another_alias()
    {
        Assert.Equal(
            ["16:16 enum 'status': 'CLOSED' is already used by value 'ON_HOLD' (values and aliases are compared by their letters and digits)"],
            Errors(Schema.Replace("aliases: Paused", "aliases: [Paused, closed]")));
        Assert.Equal(
            ["15:18 enum 'status': 'not-started' is already used by value 'OPEN' (values and aliases are compared by their letters and digits)"],
            Errors(Schema.Replace("aliases: Paused", "aliases: [not-started]")));
        Assert.Equal(["16:16 enum 'status' lists 'on hold' twice"], Errors(Schema.Replace("- value: CLOSED", "- value: on hold")));
    }

    [Fact]
    public void The_built_in_statuses_read_common_phrasings()
    {
        EnumSpec status = SchemaLoader.BuiltIn().Enums["status"];
        Assert.Equal("OFFER", status.Read("Offer received")?.Value.Value);
        Assert.Equal("SCREENING", status.Read("Phone screen")?.Value.Value);
        Assert.Equal("REJECTED", status.Read("Ghosted")?.Value.Value);
        Assert.Equal("REJECTED", status.Read("No response")?.Value.Value);
        Assert.Equal("APPLIED", status.Read("On hold")?.Value.Value);
        Assert.Equal("WITHDRAWN", status.Read("Offer declined")?.Value.Value);
    }
}
