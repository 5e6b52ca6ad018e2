using DossierLsp.Core.Tests.Support;
using DossierLsp.Core.Workspace;

namespace DossierLsp.Core.Tests.Workspace;

/// <summary>Which folders a workspace walk may skip unread: those an exclude glob covers whole, under the config in force there.</summary>
public sealed class ExcludedFolderTests
{
    private static DossierWorkspace With(string exclude) => new(new MemoryHost(new()
    {
        ["/w/dossier.config.yaml"] = $"exclude:\n{exclude}",
        ["/w/own/dossier.config.yaml"] = "schema: job-application\n",
    }));

    [Theory]
    [InlineData("  - \"archive/**\"\n", "/w/archive", true)]
    [InlineData("  - \"archive/**\"\n", "/w/archive/2023", true)]
    [InlineData("  - \"archive/**/*.md\"\n", "/w/archive", true)]
    [InlineData("  - \"**/old/**\"\n", "/w/jobs/old", true)]
    [InlineData("  - \"archive/**\"\n", "/w/jobs", false)]
    // Only some files of the folder are excluded: it must be walked.
    [InlineData("  - \"**/*.draft.md\"\n", "/w/jobs", false)]
    [InlineData("  - \"archive/*\"\n", "/w/archive", false)]
    // The config's own folder, and a folder with its own config (which excludes nothing), are never skipped.
    [InlineData("  - \"**\"\n", "/w", false)]
    [InlineData("  - \"own/**\"\n", "/w/own", false)]
    public void A_folder_is_skipped_only_when_an_exclude_glob_covers_all_of_it(string exclude, string folder, bool skipped) =>
        Assert.Equal(skipped, With(exclude).ExcludesFolder(folder));
}
