using DossierLsp.Core.Analysis;
using DossierLsp.Core.Rules.CrossDossier;
using DossierLsp.Core.Tests.Support;

namespace DossierLsp.Core.Tests.RuleChecks;

public sealed class DossierGroupsTests
{
    [Fact]
    public void Only_keys_shared_by_two_or_more_make_a_group_each_in_input_order()
    {
        DossierIdentity[] dossiers = new[] { "a", "b", "c", "d", "e", "f", "g" }.Select(Identity).ToArray();
        // a, c and f share "x"; b and d share "y"; e has no key; g is alone.
        string?[] keys = ["x", "y", "x", "y", null, "x", "z"];
        var groups = DossierGroups.SharingKey(dossiers, d => keys[Array.IndexOf(dossiers, d)] is { } key ? (key, 0) : ((string, int)?)null);
        Assert.Equal(["/w/a.md /w/c.md /w/f.md", "/w/b.md /w/d.md"], groups.Select(g => string.Join(" ", g.Select(d => d.Path))));
    }

    [Fact]
    public void Every_group_of_two_or_more_is_found()
    {
        DossierIdentity[] dossiers = new[] { "a", "b", "c", "d" }.Select(Identity).ToArray();
        var groups = DossierGroups.SharingKey(dossiers, d => ((int, int)?)(d.Path.Length, 0));
        Assert.Equal(["/w/a.md /w/b.md /w/c.md /w/d.md"], groups.Select(g => string.Join(" ", g.Select(d => d.Path))));
        Assert.Empty(DossierGroups.SharingKey(dossiers, d => ((string, int)?)(d.Path, 0)));
    }

    private static DossierIdentity Identity(string name) =>
        Corpus.Summary(Corpus.Dossier("Acme", "Engineer")).Identity with { Path = $"/w/{name}.md" };
}
