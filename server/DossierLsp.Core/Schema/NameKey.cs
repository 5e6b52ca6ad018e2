namespace DossierLsp.Core.Schema;

/// <summary>
/// The comparison key of a name as people decorate it: <c>📋 Job Details</c>, <c>1. Job Details</c>, <c>Job Details:</c>,
/// <c>JOB DETAILS</c>, <c>**Job Details**</c> and <c>Job details (from posting)</c> all have the key <c>jobdetails</c>.
/// </summary>
internal static class NameKey
{
    /// <summary>A typo is only guessed for keys at least this long: shorter ones are too close to unrelated words.</summary>
    private const int MinMisspeltLength = 5;

    public static string Of(string name)
    {
        ReadOnlySpan<char> text = WithoutTrailingNote(name.AsSpan().Trim());
        Span<char> key = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return new string(key[..Write(text, key)]);
    }

    /// <summary>Whether <paramref name="name"/>'s key is empty ("📋", "1."): such a name names nothing.</summary>
    public static bool IsEmpty(string name)
    {
        // A letter is always part of the key: most keys ("Company") are decided by their first character.
        if (name.Length > 0 && char.IsAsciiLetter(name[0]))
        {
            return false;
        }
        ReadOnlySpan<char> text = WithoutTrailingNote(name.AsSpan().Trim());
        Span<char> key = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return Write(text, key) == 0;
    }

    // Writes the key of the trimmed, note-less name into key (as long as text) and returns its length.
    private static int Write(ReadOnlySpan<char> text, Span<char> key)
    {
        int length = 0;
        bool leading = true;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }
            if (leading && char.IsDigit(c) && IsNumbering(text, i, out int next))
            {
                i = next - 1;
                continue;
            }
            leading = false;
            key[length++] = char.ToLowerInvariant(c);
        }
        return length;
    }

    /// <summary>The spec with a name whose key is a few letters from <paramref name="written"/>'s, and that name; or null.</summary>
    public static SchemaMatch<T>? Misspelling<T>(string written, IEnumerable<T> specs, Func<T, IReadOnlyList<(string Name, string Key)>> names) where T : class
    {
        string key = Of(written);
        if (key.Length < MinMisspeltLength)
        {
            return null;
        }
        int limit = Math.Max(1, key.Length / 4);
        SchemaMatch<T>? best = null;
        int bestDistance = int.MaxValue;
        foreach (T spec in specs)
        {
            foreach (var (name, nameKey) in names(spec))
            {
                if (Math.Abs(nameKey.Length - key.Length) > limit || LettersDifferBy(key, nameKey) > limit)
                {
                    continue;
                }
                int distance = Text.Spelling.Distance(key, nameKey);
                if (distance < bestDistance)
                {
                    best = new SchemaMatch<T>(spec, NameMatchKind.Misspelt, name);
                    bestDistance = distance;
                }
            }
        }
        return bestDistance <= limit ? best : null;
    }

    // A lower bound of the edit distance, far cheaper than it: each edit changes the count of at most one letter on
    // either side, so names whose letters differ by more than the limit are passed over. Keys are lower case already;
    // one with a letter outside ASCII is left to the distance.
    private static int LettersDifferBy(string a, string b)
    {
        Span<int> counts = stackalloc int[128];
        foreach (char c in a)
        {
            if (c >= 128)
            {
                return 0;
            }
            counts[c]++;
        }
        foreach (char c in b)
        {
            if (c >= 128)
            {
                return 0;
            }
            counts[c]--;
        }
        int more = 0, fewer = 0;
        foreach (int count in counts)
        {
            more += Math.Max(count, 0);
            fewer += Math.Max(-count, 0);
        }
        return Math.Max(more, fewer);
    }

    /// <summary>The parts of a combined heading, "Requirements &amp; Qualifications" or "Notes / Questions".</summary>
    public static string[] Parts(string name)
    {
        string[] parts = name.Split([" & ", " and ", " / ", " + "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length > 1 ? parts : [];
    }

    // "1. ", "2) ", "03 - ": a number that opens a name and is followed by punctuation or a space, not "401k Match".
    private static bool IsNumbering(ReadOnlySpan<char> text, int start, out int next)
    {
        int i = start;
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }
        next = i;
        return i < text.Length && !char.IsLetter(text[i]);
    }

    // "Job details (from posting)", "Notes [private]", "Salary (USD)": the note is not part of the name.
    private static ReadOnlySpan<char> WithoutTrailingNote(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> trimmed = text.TrimEnd(" :.*_`\u00A0");
        if (trimmed.Length > 0 && trimmed[^1] is ')' or ']')
        {
            int open = trimmed.LastIndexOfAny('(', '[');
            if (open > 0 && HasLetter(trimmed[..open]))
            {
                return trimmed[..open];
            }
        }
        return text;
    }

    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }
}
