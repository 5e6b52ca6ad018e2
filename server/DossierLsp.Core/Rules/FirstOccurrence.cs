namespace DossierLsp.Core.Rules;

/// <summary>Where a field or section bound to a spec first appears: what the duplicate rules report against.</summary>
internal static class FirstOccurrence
{
    /// <summary>
    /// The first of the items before <paramref name="index"/> bound to the same spec as the item at <paramref name="index"/>;
    /// null when it is the first, or bound to none. A dossier has a handful of each, so no grouping is built.
    /// </summary>
    public static T? Before<T>(IReadOnlyList<T> items, int index, Func<T, object?> specOf) where T : class
    {
        if (specOf(items[index]) is not { } spec)
        {
            return null;
        }
        for (int i = 0; i < index; i++)
        {
            if (ReferenceEquals(specOf(items[i]), spec))
            {
                return items[i];
            }
        }
        return null;
    }
}
