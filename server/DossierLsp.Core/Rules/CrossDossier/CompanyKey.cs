using System.Buffers;

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
    // lower-cased text, joined by one space; a legal form is dropped from the end while another word is left. The key
    // is never longer than the text, so it is written over the lower-cased copy, in one buffer, and allocated once.
    private static string Key(string text, bool withoutLegalForm)
    {
        char[]? rented = null;
        Span<char> key = text.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        text.AsSpan().ToLowerInvariant(key);
        int length = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsLetterOrDigit(key[i]))
            {
                continue;
            }
            if (length > 0)
            {
                key[length++] = ' ';
            }
            while (i < text.Length && char.IsLetterOrDigit(key[i]))
            {
                key[length++] = key[i++];
            }
        }
        int space;
        while (withoutLegalForm && (space = key[..length].LastIndexOf(' ')) >= 0 && IsLegalSuffix(key[(space + 1)..length]))
        {
            length = space;
        }
        ReadOnlySpan<char> result = key[..length];
        string keyText = result.SequenceEqual(text) ? text : new string(result);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
        return keyText;
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
