using System.Text.RegularExpressions;
using System.Xml.Linq;
using DossierLsp.Core.Rules;
using static DossierLsp.Core.Tests.Schemas.SchemaLoaderTests;

namespace DossierLsp.Core.Tests.RuleChecks;

/// <summary>The project's address has one home, <c>RepositoryUrl</c> in Directory.Build.props; code and docs follow it.</summary>
public sealed partial class ProjectHomeTests
{
    private static string RepositoryUrl() =>
        XDocument.Load(Path.Combine(RepoRoot(), "Directory.Build.props")).Descendants("RepositoryUrl").Single().Value;

    [Fact]
    public void Reports_link_to_the_repository_the_build_names()
    {
        Assert.Equal(RepositoryUrl(), RuleDocs.ProjectHome);
        Assert.StartsWith(RepositoryUrl() + "/", RuleDocs.Link("enum-invalid"));
    }

    [Fact]
    public void The_docs_and_schemas_name_the_same_repository_or_a_fork_placeholder()
    {
        string root = RepoRoot();
        string[] files = [.. Directory.GetFiles(Path.Combine(root, "docs"), "*.md"), Path.Combine(root, "README.md"), Path.Combine(root, ".pre-commit-hooks.yaml"),
            .. Directory.GetFiles(Path.Combine(root, "schemas"), "*.json")];
        string[] others = files
            .SelectMany(f => GitHubRepository().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetFileName(f)}: {m.Value}"))
            .Where(found => !found.EndsWith(" " + RepositoryUrl(), StringComparison.Ordinal) && !found.EndsWith(" https://github.com/OWNER/REPO", StringComparison.Ordinal))
            .ToArray();
        Assert.Empty(others);
    }

    [GeneratedRegex(@"https://github\.com/[\w.-]+/[\w.-]+")]
    private static partial Regex GitHubRepository();
}
