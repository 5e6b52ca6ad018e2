using System.Runtime.InteropServices;
using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Rules.CrossDossier;

/// <summary>How the cross-dossier rules find the dossiers that share a key, in one pass over all of them.</summary>
internal static class DossierGroups
{
    /// <summary>
    /// The groups of dossiers with an equal key, only those of two or more (most dossiers share their key with none),
    /// each in the order of <paramref name="dossiers"/>. A dossier whose key is null joins no group.
    /// </summary>
    public static List<List<DossierIdentity>> SharingKey<TKey>(IReadOnlyList<DossierIdentity> dossiers, Func<DossierIdentity, TKey?> keyOf)
        where TKey : struct
    {
        // Per key: ~(index of its only dossier) until a second one comes, then the index of its group.
        var seen = new Dictionary<TKey, int>(dossiers.Count);
        var groups = new List<List<DossierIdentity>>();
        for (int i = 0; i < dossiers.Count; i++)
        {
            if (keyOf(dossiers[i]) is not { } key)
            {
                continue;
            }
            ref int slot = ref CollectionsMarshal.GetValueRefOrAddDefault(seen, key, out bool exists);
            if (!exists)
            {
                slot = ~i;
            }
            else if (slot < 0)
            {
                groups.Add([dossiers[~slot], dossiers[i]]);
                slot = groups.Count - 1;
            }
            else
            {
                groups[slot].Add(dossiers[i]);
            }
        }
        return groups;
    }
}
