using DossierLsp.Core.Analysis;
using DossierLsp.Core.Pipeline;

namespace DossierLsp.Core.Language;

/// <summary>Finds dossiers by company, position, status or Job ID, for the editor's "go to symbol in workspace".</summary>
internal static class DossierSearch
{
    /// <summary>The dossiers where every word of <paramref name="query"/> starts a word of one of those fields (case-insensitive), or every dossier for an empty query.</summary>
    public static IReadOnlyList<DossierSummary> Find(DossierIndex index, string query)
    {
        string[] words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return index.Dossiers.Where(d => words.All(w => Matches(d, w))).ToArray();
    }

    private static bool Matches(DossierSummary dossier, string word) =>
        new[] { dossier.Company, dossier.Position, dossier.Status, dossier.JobId }
            .Any(field => field is not null && WordStarts(field, word));

    private static bool WordStarts(string field, string word)
    {
        for (int i = field.IndexOf(word, StringComparison.OrdinalIgnoreCase); i >= 0; i = field.IndexOf(word, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (i == 0 || !char.IsLetterOrDigit(field[i - 1]))
            {
                return true;
            }
        }
        return false;
    }
}
