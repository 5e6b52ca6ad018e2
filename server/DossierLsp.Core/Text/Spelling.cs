namespace DossierLsp.Core.Text;

/// <summary>"Did you mean": edit distance with transpositions, case-insensitive.</summary>
public static class Spelling
{
    /// <summary>Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost 1.</summary>
    public static int Distance(string a, string b)
    {
        // It runs for every unmatched field, heading and status against every name the schema knows, so the words'
        // lower-case copies and the three rows of the table it needs (this one and two before, for swaps) sit on the
        // stack for names of ordinary length instead of a fresh table per call.
        const int StackLimit = 128;
        Span<char> x = a.Length <= StackLimit ? stackalloc char[a.Length] : new char[a.Length];
        Span<char> y = b.Length <= StackLimit ? stackalloc char[b.Length] : new char[b.Length];
        a.AsSpan().ToLowerInvariant(x);
        b.AsSpan().ToLowerInvariant(y);
        int width = y.Length + 1;
        Span<int> rows = width <= StackLimit ? stackalloc int[3 * width] : new int[3 * width];
        Span<int> beforeLast = rows[..width], last = rows.Slice(width, width), current = rows[(2 * width)..];
        for (int j = 0; j < width; j++)
        {
            last[j] = j;
        }
        for (int i = 1; i <= x.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j < width; j++)
            {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(last[j] + 1, current[j - 1] + 1), last[j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                {
                    current[j] = Math.Min(current[j], beforeLast[j - 2] + 1);
                }
            }
            Span<int> reused = beforeLast;
            beforeLast = last;
            last = current;
            current = reused;
        }
        return last[y.Length];
    }

    /// <summary>
    /// The candidate nearest to <paramref name="word"/>, if within <paramref name="maxDistance"/>
    /// (default: a third of the word's length, at least 1). Ties go to the earlier candidate.
    /// </summary>
    public static string? Closest(string word, IEnumerable<string> candidates, int maxDistance = -1)
    {
        word = word.Trim();
        if (word.Length == 0 || word.Length > 100)
        {
            return null;
        }
        int limit = maxDistance >= 0 ? maxDistance : Math.Max(1, word.Length / 3);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            int distance = Distance(word, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= limit ? best : null;
    }
}
