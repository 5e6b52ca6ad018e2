using System.Text;
using CsCheck;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Tests.Support;

namespace DossierLsp.Core.Tests.Fuzz;

/// <summary>
/// Mutated dossiers (fixtures and examples with lines and characters inserted, deleted, duplicated, or hostile
/// fragments swapped in) never throw, and their findings are inside the text, whole code points, sorted and the same
/// on a second run. Each case is one CsCheck-generated seed driving the mutations, printed on failure.
/// </summary>
public sealed class MutatedDossierProperties
{
    private static readonly string[] Seeds = SeedTexts();

    private static string[] SeedTexts()
    {
        string root = ArchitectureTests.RepositoryRoot();
        return Directory.EnumerateFiles(Path.Combine(root, "examples"), "*.md")
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "tests", "DossierLsp.Core.Tests", "Fixtures"), "*.md", SearchOption.AllDirectories))
            .Where(path => new FileInfo(path).Length < 64 * 1024)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
    }

    [Fact]
    public void Mutated_dossiers_give_sound_deterministic_findings() =>
        Gen.Int.Sample(
            seed => AssertSound(Mutate(seed)),
            iter: FuzzCases.Count(2_000),
            print: seed => $"seed {seed}: {Excerpt(Mutate(seed))}");

    /// <summary>The properties every analysed text must have, whatever it holds.</summary>
    internal static void AssertSound(string text)
    {
        Finding[] first = Dossiers.Analyze(text).Findings.ToArray();
        Finding[] second = Dossiers.Analyze(text).Findings.ToArray();
        Assert.Equal(Describe(first), Describe(second));
        Assert.Equal(Describe(Finding.InDocumentOrder(first)), Describe(first));
        foreach (Finding finding in first)
        {
            Assert.InRange(finding.Span.Start, 0, text.Length);
            Assert.InRange(finding.Span.End, finding.Span.Start, text.Length);
            Assert.False(SplitsPair(text, finding.Span.Start), $"{finding.RuleId} starts inside a surrogate pair");
            Assert.False(SplitsPair(text, finding.Span.End), $"{finding.RuleId} ends inside a surrogate pair");
            Assert.False(string.IsNullOrWhiteSpace(finding.Message));
        }
    }

    private static bool SplitsPair(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);

    private static string[] Describe(IEnumerable<Finding> findings) =>
        findings.Select(f => $"{f.Span} {f.RuleId} {f.Severity} {f.Message}").ToArray();

    internal static string Mutate(int seed)
    {
        var random = new Random(seed);
        var lines = new List<string>(Seeds[random.Next(Seeds.Length)].Split('\n'));
        int mutations = 1 + random.Next(6);
        for (int i = 0; i < mutations; i++)
        {
            Mutations.Apply(random, lines);
        }
        return string.Join(random.Next(8) == 0 ? "\r" : "\n", lines);
    }

    private static string Excerpt(string text) =>
        text.Length <= 300 ? text : string.Concat(text.AsSpan(0, 300), "…");
}

/// <summary>How many generated cases a fuzz test runs: DOSSIER_FUZZ_CASES when set (long campaigns), else the CI count.</summary>
internal static class FuzzCases
{
    public static long Count(long inCi) =>
        long.TryParse(Environment.GetEnvironmentVariable("DOSSIER_FUZZ_CASES"), out long asked) && asked > 0 ? asked : inCi;
}

/// <summary>Edits to a dossier's lines, from harmless typos to hostile fragments.</summary>
internal static class Mutations
{
    private static readonly Func<Random, string>[] Hostile =
    [
        r => string.Concat(Enumerable.Repeat("> ", 10 + r.Next(300))) + "deep",
        r => string.Concat(Enumerable.Repeat("- ", 10 + r.Next(300))) + "deep",
        r => string.Concat(Enumerable.Repeat("1. ", 10 + r.Next(300))) + "deep",
        r => new string('x', 1_000 + r.Next(50_000)),
        r => "- **Company**: " + new string('[', r.Next(5_000)),
        r => "# Job Application: " + new string('*', r.Next(5_000)),
        r => "\ud800 lone \udc00 surrogates \ud83d",
        r => "😀😀 pair 👩‍👩‍👧",
        r => "\uFEFF# BOM in the middle",
        r => "line\rwith\rCR\ronly",
        r => "\0 NUL \u0001 \u200B \u202E bidi",
        r => "---\ndossier: x\n---",
        r => "<!-- dossier: ../../etc/passwd -->",
        r => "| a | b |\n|---|---|\n| Company | Acme |",
        r => new string('`', r.Next(2_000)),
        r => string.Concat(Enumerable.Repeat("<a>", r.Next(2_000))),
        r => "- **Salary Range**: " + string.Concat(Enumerable.Repeat("1,000 - ", r.Next(500))),
        r => "- **Posting Date**: 2024-02-30 / 31.13.2024 / " + new string('9', r.Next(400)),
        r => new string('=', 3 + r.Next(50)),
    ];

    public static void Apply(Random random, List<string> lines)
    {
        int at = random.Next(lines.Count + 1);
        switch (random.Next(8))
        {
            case 0 when lines.Count > 1:
                lines.RemoveAt(Math.Min(at, lines.Count - 1));
                break;
            case 1 when lines.Count > 0:
                lines.Insert(at, lines[random.Next(lines.Count)]);
                break;
            case 2:
                lines.Insert(at, Hostile[random.Next(Hostile.Length)](random));
                break;
            case 3 when at < lines.Count:
                lines[at] = Hostile[random.Next(Hostile.Length)](random);
                break;
            default:
                EditCharacters(random, lines, Math.Min(at, lines.Count - 1));
                break;
        }
    }

    private static void EditCharacters(Random random, List<string> lines, int at)
    {
        if (at < 0)
        {
            return;
        }
        var line = new StringBuilder(lines[at]);
        int offset = random.Next(line.Length + 1);
        const string alphabet = "#-*_:|[]()<>`\\!\t \r\uFEFF\ud800\udc00é😀0123456789aZ";
        if (random.Next(2) == 0 && offset < line.Length)
        {
            line.Remove(offset, 1 + random.Next(Math.Min(8, line.Length - offset)));
        }
        else
        {
            line.Insert(offset, alphabet[random.Next(alphabet.Length)]);
        }
        lines[at] = line.ToString();
    }
}
