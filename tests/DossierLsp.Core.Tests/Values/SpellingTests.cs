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
