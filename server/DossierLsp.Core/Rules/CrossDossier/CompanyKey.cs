using System.Text.RegularExpressions;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules.CrossDossier;

/// <summary>How the cross-dossier rules compare names: "Acme, Inc." and "acme" are one company.</summary>
internal static partial class CompanyKey
{
    private static readonly string[] LegalSuffixes = ["inc", "llc", "ltd", "limited", "corp", "corporation", "co", "gmbh", "ag", "plc", "sa"];

    /// <summary>Lower-case words of letters and digits, without a trailing legal form.</summary>
    public static string Company(string company)
    {
        string[] words = Words(company);
        int count = words.Length;
        while (count > 1 && LegalSuffixes.Contains(words[count - 1], StringComparer.Ordinal))
        {
            count--;
        }
        return string.Join(' ', words.Take(count));
    }

    /// <summary>Lower-case words of letters and digits: case, spacing and punctuation do not make two names differ.</summary>
    public static string Text(string text) => string.Join(' ', Words(text));

    private static string[] Words(string text) =>
        NonWord.Split(text.ToLowerInvariant()).Where(w => w.Length > 0).ToArray();

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+", RegexOptions.CultureInvariant, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex NonWord { get; }
}
