using System.Text;

namespace DossierLsp.Core.Tests.Fuzz;

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

    /// <summary>One of <paramref name="seeds"/>, mutated one to six times as <paramref name="seed"/> decides.</summary>
    public static string Dossier(IReadOnlyList<string> seeds, int seed)
    {
        var random = new Random(seed);
        var lines = new List<string>(seeds[random.Next(seeds.Count)].Split('\n'));
        int mutations = 1 + random.Next(6);
        for (int i = 0; i < mutations; i++)
        {
            Apply(random, lines);
        }
        return string.Join(random.Next(8) == 0 ? "\r" : "\n", lines);
    }

    private static void Apply(Random random, List<string> lines)
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
