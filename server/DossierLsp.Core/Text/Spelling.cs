namespace DossierLsp.Core.Text;

/// <summary>"Did you mean": edit distance with transpositions, case-insensitive.</summary>
public static class Spelling
{
    /// <summary>Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost 1.</summary>
    public static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
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
