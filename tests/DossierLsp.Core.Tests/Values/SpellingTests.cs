using CsCheck;

namespace DossierLsp.Core.Tests.Values;

// Spelling lives in Text/; its tests sit here with the other value-level unit tests.
public sealed class SpellingTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "abc", 0)]
    [InlineData("ABC", "abc", 0)]
    [InlineData("ab", "ba", 1)]
    [InlineData("feilds", "fields", 1)]
    [InlineData("Compnay", "Company", 1)]
    [InlineData("abcd", "badc", 2)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ca", "abc", 3)] // optimal string alignment: a swapped pair is not edited again
    [InlineData("exlude", "exclude", 1)]
    public void Distance_counts_insertions_deletions_substitutions_and_swaps(string a, string b, int distance)
    {
        Assert.Equal(distance, DossierLsp.Core.Text.Spelling.Distance(a, b));
        Assert.Equal(distance, DossierLsp.Core.Text.Spelling.Distance(b, a));
    }

    [Fact]
    public void Distance_of_long_words_is_the_same_as_of_short_ones()
    {
        string run = new('x', 300);
        Assert.Equal(1, DossierLsp.Core.Text.Spelling.Distance(run + "ab", run + "ba"));
        Assert.Equal(150, DossierLsp.Core.Text.Spelling.Distance(new string('a', 150), new string('B', 150)));
        Assert.Equal(200, DossierLsp.Core.Text.Spelling.Distance("", new string('c', 200)));
    }

    [Fact]
    public void Distance_agrees_with_the_textbook_table() =>
        Gen.String[Gen.Char['a', 'e'], 0, 12].Select(Gen.String[Gen.Char['A', 'E'], 0, 12]).Sample(
            pair => Assert.Equal(TextbookDistance(pair.Item1, pair.Item2), DossierLsp.Core.Text.Spelling.Distance(pair.Item1, pair.Item2)),
            iter: 2_000, seed: "0N0XIzNsQ0O2");

    /// <summary>The full (length + 1) × (length + 1) optimal-string-alignment table, as the definition has it.</summary>
    private static int TextbookDistance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            for (int j = 0; j <= b.Length; j++)
            {
                d[i, j] = i == 0 ? j : j == 0 ? i : Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }

    private static readonly string[] Keys = ["name", "description", "title", "fieldsSection", "sections", "fields", "enums"];

    [Theory]
    [InlineData("feilds", "fields")]
    [InlineData("FIELDS", "fields")]
    [InlineData("  titel ", "title")]
    [InlineData("nam", "name")]
    [InlineData("descripton", "description")]
    [InlineData("section", "sections")]
    [InlineData("fieldSection", "fieldsSection")]
    public void Closest_suggests_within_a_third_of_the_length(string word, string expected) =>
        Assert.Equal(expected, DossierLsp.Core.Text.Spelling.Closest(word, Keys));

    [Fact]
    public void Short_words_still_allow_one_edit() => Assert.Equal("name", DossierLsp.Core.Text.Spelling.Closest("nme", Keys));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("xyz")]
    [InlineData("colour")]
    [InlineData("nm")] // 2 edits from "name", more than 1
    [InlineData("descrptn")] // 3 edits, more than 8 / 3 = 2
    public void Closest_returns_null_when_nothing_is_near(string word) => Assert.Null(DossierLsp.Core.Text.Spelling.Closest(word, Keys));

    [Fact]
    public void Closest_ignores_words_over_100_characters() =>
        Assert.Null(DossierLsp.Core.Text.Spelling.Closest(new string('a', 101), [new string('a', 101)]));

    [Fact]
    public void Closest_with_an_explicit_limit()
    {
        Assert.Null(DossierLsp.Core.Text.Spelling.Closest("nam", Keys, maxDistance: 0));
        Assert.Equal("name", DossierLsp.Core.Text.Spelling.Closest("NAME", Keys, maxDistance: 0));
        Assert.Equal("title", DossierLsp.Core.Text.Spelling.Closest("tilt", Keys, maxDistance: 2));
        Assert.Null(DossierLsp.Core.Text.Spelling.Closest("tilt", Keys, maxDistance: 1));
    }

    [Fact]
    public void Ties_go_to_the_earlier_candidate()
    {
        Assert.Equal("cat", DossierLsp.Core.Text.Spelling.Closest("bat", ["cat", "hat"], maxDistance: 1));
        Assert.Equal("hat", DossierLsp.Core.Text.Spelling.Closest("bat", ["hat", "cat"], maxDistance: 1));
    }

    [Fact]
    public void No_candidates_means_no_suggestion() => Assert.Null(DossierLsp.Core.Text.Spelling.Closest("name", []));
}
