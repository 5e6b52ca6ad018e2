using System.Text.RegularExpressions;
using DossierLsp.Core.Rules;

namespace DossierLsp.Core.Tests.RuleChecks;

/// <summary>
/// The catalog is a hand-written list; these tests make forgetting a rule, or half-describing one, fail loudly.
/// Reflection is fine here: it runs in the test project, never in the shipped (NativeAOT) binary.
/// </summary>
public sealed partial class RuleCatalogTests
{
    private static readonly string FixtureRoot = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    [Fact]
    public void Every_rule_class_is_listed_once()
    {
        var classes = typeof(Rule).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Rule)) && !t.IsAbstract)
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal);
        var listed = RuleCatalog.All.Select(r => r.GetType().FullName!).Order(StringComparer.Ordinal);
        Assert.Equal(classes, listed);
    }

    [Fact]
    public void Ids_are_unique_kebab_case_and_listed_in_order()
    {
        string[] ids = RuleCatalog.All.Select(r => r.Id).ToArray();
        Assert.All(ids, id => Assert.Matches(KebabCase(), id));
        Assert.Equal(ids.Distinct(StringComparer.OrdinalIgnoreCase), ids);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void Class_names_spell_the_ids()
    {
        var mismatched = RuleCatalog.All
            .Where(r => r.GetType().Name != string.Concat(r.Id.Split('-').Select(word => char.ToUpperInvariant(word[0]) + word[1..])))
            .Select(r => $"{r.GetType().Name} is {r.Id}");
        Assert.Empty(mismatched);
    }

    [Fact]
    public void No_metadata_is_empty()
    {
        var empty = RuleCatalog.All
            .SelectMany(r => new[] { ("summary", r.Summary), ("description", r.Description), ("example", r.Example), ("fix", r.Fix) }
                .Where(m => string.IsNullOrWhiteSpace(m.Item2))
                .Select(m => $"{r.Id}: {m.Item1}"));
        Assert.Empty(empty);
    }

    [Fact]
    public void Findings_from_outside_the_rules_have_their_own_kebab_case_ids_and_a_summary()
    {
        string[] ids = NonRuleFindings.All.Select(f => f.Id).ToArray();
        Assert.All(ids, id => Assert.Matches(KebabCase(), id));
        Assert.Equal(ids.Distinct(StringComparer.OrdinalIgnoreCase), ids);
        Assert.Empty(ids.Intersect(RuleCatalog.All.Select(r => r.Id), StringComparer.OrdinalIgnoreCase));
        Assert.All(NonRuleFindings.All, f => Assert.False(new[] { f.Summary, f.Description, f.Fix }.Any(string.IsNullOrWhiteSpace), f.Id));
    }

    /// <summary>A rule's folder shows it firing (positive) and holding back on a near miss (negative).</summary>
    [Fact]
    public void Every_rule_has_a_fixture_folder_with_a_positive_and_a_negative_case()
    {
        var missing = RuleCatalog.All
            .SelectMany(r => new[]
            {
                Expectations(r.Id).Any(e => Fires(r.Id, e)) ? null : $"{r.Id}: no positive case",
                Expectations(r.Id).Any(e => !Fires(r.Id, e)) ? null : $"{r.Id}: no negative case",
            })
            .OfType<string>();
        Assert.Empty(missing);
    }

    private static IEnumerable<string> Expectations(string id)
    {
        string folder = Path.Combine(FixtureRoot, id);
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.expected", SearchOption.AllDirectories).Select(File.ReadAllText) : [];
    }

    private static bool Fires(string id, string expected) => expected.Contains($" {id}: ", StringComparison.Ordinal);

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();
}
