using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.Model;

namespace DossierLsp.Cli.Lint;

/// <summary>A unified diff (<c>--- a/FILE</c>, <c>+++ b/FILE</c>, hunks with three lines of context), as git and patch read it.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string path, string before, string after)
    {
        string[] a = Lines(before), b = Lines(after);
        DiffResult diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
        var text = new StringBuilder();
        string name = path.Replace(Path.DirectorySeparatorChar, '/');
        text.Append($"--- a/{name}\n+++ b/{name}\n");
        var blocks = diff.DiffBlocks;
        for (int first = 0; first < blocks.Count;)
        {
            // Blocks closer than twice the context share one hunk.
            int last = first;
            while (last + 1 < blocks.Count && blocks[last + 1].DeleteStartA - (blocks[last].DeleteStartA + blocks[last].DeleteCountA) <= 2 * Context)
            {
                last++;
            }
            AppendHunk(text, a, b, blocks, first, last);
            first = last + 1;
        }
        return text.ToString();
    }

    private static void AppendHunk(StringBuilder text, string[] a, string[] b, IList<DiffBlock> blocks, int first, int last)
    {
        int startA = Math.Max(0, blocks[first].DeleteStartA - Context);
        int startB = Math.Max(0, blocks[first].InsertStartB - Context);
        int endA = Math.Min(a.Length, blocks[last].DeleteStartA + blocks[last].DeleteCountA + Context);
        int endB = Math.Min(b.Length, blocks[last].InsertStartB + blocks[last].InsertCountB + Context);
        text.Append($"@@ -{Range(startA, endA - startA)} +{Range(startB, endB - startB)} @@\n");
        int at = startA;
        for (int i = first; i <= last; i++)
        {
            DiffBlock block = blocks[i];
            for (; at < block.DeleteStartA; at++)
            {
                text.Append(' ').Append(a[at]).Append('\n');
            }
            for (int k = 0; k < block.DeleteCountA; k++)
            {
                text.Append('-').Append(a[block.DeleteStartA + k]).Append('\n');
            }
            for (int k = 0; k < block.InsertCountB; k++)
            {
                text.Append('+').Append(b[block.InsertStartB + k]).Append('\n');
            }
            at = block.DeleteStartA + block.DeleteCountA;
        }
        for (; at < endA; at++)
        {
            text.Append(' ').Append(a[at]).Append('\n');
        }
    }

    private static string Range(int start, int count) => count == 0 ? $"{start},0" : count == 1 ? $"{start + 1}" : $"{start + 1},{count}";

    private static string[] Lines(string text)
    {
        string[] lines = text.ReplaceLineEndings("\n").Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }
}
