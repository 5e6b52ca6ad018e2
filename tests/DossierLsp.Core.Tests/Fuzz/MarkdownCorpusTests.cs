using System.Text.Json;
using DossierLsp.Core.Tests.Support;

namespace DossierLsp.Core.Tests.Fuzz;

/// <summary>
/// Every CommonMark spec example (vendored in Corpora/ with its licence), alone and inside a dossier, and cmark's
/// pathological input shapes, give sound findings (see <see cref="MutatedDossierProperties.AssertSound"/>).
/// </summary>
public sealed class MarkdownCorpusTests
{
    private static readonly string[] SpecExamples = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpora", "commonmark-spec-0.31.2.json")))
        .RootElement.EnumerateArray().Select(example => example.GetProperty("markdown").GetString()!).ToArray();

    [Fact]
    public void The_corpus_holds_every_spec_example() => Assert.Equal(652, SpecExamples.Length);

    [Fact]
    public void Every_spec_example_alone_and_inside_a_dossier_is_sound()
    {
        string dossier = Dossiers.Example;
        int notes = dossier.IndexOf("## ", dossier.IndexOf("## Job Details", StringComparison.Ordinal) + 3, StringComparison.Ordinal);
        foreach (string markdown in SpecExamples)
        {
            MutatedDossierProperties.AssertSound(markdown);
            MutatedDossierProperties.AssertSound(dossier.Insert(notes, markdown + "\n"));
        }
    }

    /// <summary>The shapes of cmark's test/pathological_tests.py, sized so that a quadratic parser would show.</summary>
    public static TheoryData<string> PathologicalShapes => new()
    {
        "nested strong emphasis", "emphasis closers with no openers", "emphasis openers with no closers", "openers and closers multiple of 3",
        "link closers with no openers", "link openers with no closers", "link openers and emph closers", "mismatched openers and closers",
        "nested brackets", "nested block quotes", "deeply nested lists", "U+0000 in input", "backticks", "unclosed links A", "unclosed links B",
        "unclosed <", "many link reference definitions", "nested inlines", "tables", "setext headings", "HTML comments", "CDATA",
    };

    [Theory]
    [MemberData(nameof(PathologicalShapes))]
    public void A_pathological_shape_is_sound_alone_and_inside_a_dossier(string shape)
    {
        string markdown = Pathological(shape);
        MutatedDossierProperties.AssertSound(markdown);
        MutatedDossierProperties.AssertSound(Dossiers.Example + "\n" + markdown);
    }

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    private static string Pathological(string shape) => shape switch
    {
        "nested strong emphasis" => Repeat("*a **a ", 5_000) + "b" + Repeat(" a** a*", 5_000),
        "emphasis closers with no openers" => Repeat("a_ ", 20_000),
        "emphasis openers with no closers" => Repeat("_a ", 20_000),
        "openers and closers multiple of 3" => "a**b" + Repeat("c* ", 20_000),
        "link closers with no openers" => Repeat("a]", 20_000),
        "link openers with no closers" => Repeat("[a", 20_000),
        "link openers and emph closers" => Repeat("[ a_", 20_000),
        "mismatched openers and closers" => Repeat("*a_ ", 20_000),
        "nested brackets" => Repeat("[", 20_000) + "a" + Repeat("]", 20_000),
        "nested block quotes" => Repeat("> ", 20_000) + "a",
        "deeply nested lists" => string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', 2 * i) + "* a\n")),
        "U+0000 in input" => Repeat("abc\0de\0", 20_000),
        "backticks" => string.Concat(Enumerable.Range(1, 2_000).Select(i => "e" + new string('`', i))),
        "unclosed links A" => Repeat("[a](<b", 20_000),
        "unclosed links B" => Repeat("[a](b", 20_000),
        "unclosed <" => Repeat("<", 20_000) + "a" + Repeat(">", 1),
        "many link reference definitions" => Repeat("[a]: u\n", 20_000),
        "nested inlines" => Repeat("*a [b `c", 5_000),
        "tables" => "| a | b |\n|---|---|\n" + Repeat("| x |\n", 20_000),
        "setext headings" => Repeat("a\n---\n", 5_000),
        "HTML comments" => Repeat("a <!-- ", 20_000),
        "CDATA" => Repeat("a <![CDATA[", 20_000),
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };
}
