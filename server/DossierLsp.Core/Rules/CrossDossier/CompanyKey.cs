namespace DossierLsp.Core.Rules.CrossDossier;

/// <summary>How the cross-dossier rules compare names: "Acme, Inc." and "acme" are one company.</summary>
internal static class CompanyKey
{
    private static readonly string[] LegalSuffixes = ["inc", "llc", "ltd", "limited", "corp", "corporation", "co", "gmbh", "ag", "plc", "sa"];

    /// <summary>Lower-case words of letters and digits, without a trailing legal form.</summary>
    public static string Company(string company) => Key(company, withoutLegalForm: true);

    /// <summary>Lower-case words of letters and digits: case, spacing and punctuation do not make two names differ.</summary>
    public static string Text(string text) => Key(text, withoutLegalForm: false);

    // The words are the runs of letters and decimal digits (char by char, as a regex's [\p{L}\p{Nd}] sees UTF-16) of the
    // lower-cased text, joined by one space; a legal form is dropped from the end while another word is left.
    private static string Key(string text, bool withoutLegalForm)
    {
        string lower = text.ToLowerInvariant();
        var words = new List<(int Start, int Length)>();
        for (int i = 0; i < lower.Length; i++)
        {
            if (!char.IsLetterOrDigit(lower[i]))
            {
                continue;
            }
            int start = i;
            while (i < lower.Length && char.IsLetterOrDigit(lower[i]))
            {
                i++;
            }
            words.Add((start, i - start));
        }
        int count = words.Count;
        while (withoutLegalForm && count > 1 && IsLegalSuffix(lower.AsSpan(words[count - 1].Start, words[count - 1].Length)))
        {
            count--;
        }
        if (count == 1 && words[0].Length == lower.Length)
        {
            return lower;
        }
        var key = new System.Text.StringBuilder(lower.Length);
        for (int w = 0; w < count; w++)
        {
            if (w > 0)
            {
                key.Append(' ');
            }
            key.Append(lower, words[w].Start, words[w].Length);
        }
        return key.ToString();
    }

    private static bool IsLegalSuffix(ReadOnlySpan<char> word)
    {
        foreach (string suffix in LegalSuffixes)
        {
            if (word.SequenceEqual(suffix))
            {
                return true;
            }
        }
        return false;
    }
}
