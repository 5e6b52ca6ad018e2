using System.Text.Json;
using DossierLsp.Core.Config;
using static DossierLsp.Core.Tests.Schemas.SchemaLoaderTests;

namespace DossierLsp.Core.Tests.Configuration;

/// <summary>The <see cref="ProfileKeys"/> table is the one home of the profile keys: the editor overlay, docs/CONFIG.md and the extension's settings follow it.</summary>
public sealed class ProfileKeysTests
{
    private static readonly ValueSource Editor = new("editor settings");

    private static Profile Overlay(string key, SettingValue value) =>
        ProfileKeys.Overlay(Profile.Empty, new Dictionary<string, SettingValue> { [key] = value }, Editor);

    [Fact]
    public void Editor_settings_set_the_keys_that_take_them_with_the_editor_as_source()
    {
        Assert.Equal(new Sourced<decimal>(150000m, Editor), Overlay("minimumSalary", new SettingValue.Number(150000m)).MinimumSalary);
        Assert.Equal(new Sourced<string>("EUR", Editor), Overlay("currency", new SettingValue.Text("eur")).Currency);
        Sourced<IReadOnlyList<string>>? locations = Overlay("preferredLocations", new SettingValue.TextList(["Remote", "Berlin"])).PreferredLocations;
        Assert.Equal(["Remote", "Berlin"], locations!.Value);
        Assert.Equal(Editor, locations.Source);
    }

    [Fact]
    public void A_value_of_the_wrong_shape_or_for_a_file_only_key_leaves_the_profile_as_it_was()
    {
        Assert.Same(Profile.Empty, Overlay("minimumSalary", new SettingValue.Text("150000")));
        Assert.Same(Profile.Empty, Overlay("currency", new SettingValue.Text("dollars")));
        Assert.Same(Profile.Empty, Overlay("preferredLocations", new SettingValue.Text("Remote")));
        Assert.Same(Profile.Empty, Overlay("hoursPerYear", new SettingValue.Number(2000m)));
        Assert.Same(Profile.Empty, Overlay("minSalary", new SettingValue.Number(1m)));
    }

    [Fact]
    public void The_extension_declares_exactly_the_profile_settings_the_table_has()
    {
        using JsonDocument package = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot(), "client-vscode", "package.json")));
        IEnumerable<string> declared = package.RootElement.GetProperty("contributes").GetProperty("configuration").GetProperty("properties")
            .EnumerateObject().Select(p => p.Name).Where(n => n.StartsWith("dossier.profile.", StringComparison.Ordinal));
        Assert.Equal(ProfileKeys.All.Select(k => k.SettingName).OfType<string>().Order(), declared.Order());
    }

    /// <summary>docs/CONFIG.md's profile table is written from the table; <c>UPDATE_GOLDEN=1</c> rewrites it for review.</summary>
    [Fact]
    public void The_profile_table_in_the_docs_is_the_table()
    {
        string path = Path.Combine(RepoRoot(), "docs", "CONFIG.md");
        string docs = File.ReadAllText(path);
        const string Heading = "## The profile\n\n";
        int start = docs.IndexOf(Heading, StringComparison.Ordinal) + Heading.Length;
        Assert.True(start >= Heading.Length, "docs/CONFIG.md has no '## The profile' section");
        int end = docs.IndexOf("\n\n", start, StringComparison.Ordinal) + 1;
        string expected = MarkdownTable();
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, docs[..start] + expected + docs[end..]);
            return;
        }
        Assert.Equal(expected, docs[start..end]);
    }

    private static string MarkdownTable() =>
        "<!-- generated from the core's ProfileKeys (UPDATE_GOLDEN=1 and this test rewrite it); edit it there -->\n" +
        "| Key | Type | Default | Editor setting | What it is |\n|---|---|---|---|---|\n" + string.Concat(ProfileKeys.All.Select(k =>
            $"| `{k.Name}` | {k.Type} | {(k.Default == "none" ? "none" : $"`{k.Default}`")} | {(k.SettingName is { } setting ? $"`{setting}`" : "—")} | {k.Description} |\n"));
}
