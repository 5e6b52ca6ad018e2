using System.Text.Json;
using DossierLsp.Core.Config;

namespace DossierLsp.Server.Tests;

/// <summary>The server turns section <c>dossier</c>'s JSON into core values and judges nothing about the profile itself.</summary>
public sealed class ServerSettingsTests
{
    private static ServerSettings Read(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return ServerSettings.Read(document.RootElement.Clone());
    }

    [Fact]
    public void Profile_values_reach_the_core_by_their_JSON_shape()
    {
        ServerSettings settings = Read("""{ "profile": { "minimumSalary": 150000.5, "currency": "eur", "preferredLocations": ["Remote", 3, "Berlin"], "hoursPerYear": null, "staleAfterDays": true } }""");
        Assert.Equal(
            new Dictionary<string, SettingValue> { ["minimumSalary"] = new SettingValue.Number(150000.5m), ["currency"] = new SettingValue.Text("eur") },
            settings.Overlay.Profile.Where(p => p.Key != "preferredLocations").ToDictionary());
        SettingValue.TextList locations = Assert.IsType<SettingValue.TextList>(settings.Overlay.Profile["preferredLocations"]);
        Assert.Equal(["Remote", "Berlin"], locations.Items);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("""{ "profile": 3 }""")]
    [InlineData("""{ "profile": null, "rules": [] }""")]
    public void Settings_without_a_profile_object_set_no_profile_value(string json) =>
        Assert.Empty(Read(json).Overlay.Profile);
}
