using System.Security.Cryptography;
using System.Text;

namespace DossierLsp.Cli.Output;

/// <summary>
/// Stable identities for findings that survive lines moving: a hash of the rule and the finding's line text with
/// whitespace removed, plus which occurrence of that hash in the file it is (as GitHub's primaryLocationLineHash).
/// </summary>
internal static class Fingerprints
{
    public static IReadOnlyDictionary<ReportRow, string> LineHashes(IEnumerable<ReportRow> rows)
    {
        var result = new Dictionary<ReportRow, string>(ReferenceEqualityComparer.Instance);
        foreach (var file in rows.GroupBy(r => r.File))
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (ReportRow row in file)
            {
                string hash = Hash(row.Rule + "\n" + string.Concat(row.LineText.Where(c => !char.IsWhiteSpace(c))))[..16];
                int occurrence = seen[hash] = seen.GetValueOrDefault(hash) + 1;
                result[row] = $"{hash}:{occurrence}";
            }
        }
        return result;
    }

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
