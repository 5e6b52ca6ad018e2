using DossierLsp.Core.Analysis;
using DossierLsp.Core.Tests.Support;

namespace DossierLsp.Core.Tests.Fuzz;

/// <summary>
/// Mutated dossiers (fixtures and examples with lines and characters inserted, deleted, duplicated, or hostile
/// fragments swapped in) never throw, and their findings are inside the text, whole code points, sorted and the same
/// on a second run. Each case is one generated mutation seed (see <see cref="FuzzCases"/>), printed on failure.
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
        FuzzCases.Check(FuzzCases.Seeds, 5_000,
            seed => AssertSound(Mutations.Dossier(Seeds, seed)),
            seed => $"mutation seed {seed}: {Excerpt(Mutations.Dossier(Seeds, seed))}");

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

    private static string Excerpt(string text) =>
        text.Length <= 300 ? text : string.Concat(text.AsSpan(0, 300), "…");
}
