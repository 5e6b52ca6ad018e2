using DossierLsp.Core.Config;
using DossierLsp.Core.Language.ConfigFile;

namespace DossierLsp.Core.Tests.Language;

/// <summary>
/// The key table is the one home of the config keys' documentation: it names exactly the keys the loader reads, and
/// docs/CONFIG.md's table of them is generated from it (UPDATE_GOLDEN=1 rewrites it for review). The profile's table
/// is ProfileKeys' (ProfileKeysTests).
/// </summary>
public sealed class ConfigKeysTests
{
    private const string Marker = "<!-- generated from the core's ConfigKeys (the text editors show on hover); edit it there -->\n";

    [Fact]
    public void The_table_names_the_keys_the_loader_reads_in_its_order()
    {
        Assert.Equal(ConfigLoader.Keys, ConfigKeys.Workspace.Select(k => k.Name));
        Assert.Equal(ConfigLoader.IncludeKeys, ConfigKeys.Include.Select(k => k.Name));
        Assert.Equal(ProfileKeys.Names, ConfigKeys.Profile.Select(k => k.Name));
    }

    [Fact]
    public void Config_docs_key_table_is_generated_from_the_table()
    {
        string path = Path.Combine(ArchitectureTests.RepositoryRoot(), "docs", "CONFIG.md");
        string page = File.ReadAllText(path).ReplaceLineEndings("\n");
        string[] parts = page.Split(Marker);
        Assert.Equal(2, parts.Length);
        string expected = parts[0] + Marker + ConfigKeys.MarkdownTable(ConfigKeys.Workspace) + AfterTable(parts[1]);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, expected);
        }
        Assert.Equal(expected, page);
    }

    /// <summary>What follows a table: everything from its first line that is not a table row.</summary>
    private static string AfterTable(string part)
    {
        int end = 0;
        while (end < part.Length && part[end] == '|')
        {
            end = part.IndexOf('\n', end) + 1;
        }
        return part[end..];
    }
}
