namespace DossierLsp.Core.Schema;

/// <summary>
/// The names of a schema's sections or fields (each spec's heading or key, then its aliases, in schema order) with their
/// <see cref="NameKey"/>s, laid out once per schema: binding looks up every heading and key of every document.
/// </summary>
internal sealed class SchemaNames<T> where T : class
{
    private readonly (T Spec, string Name, string Key)[] _names;
    // The first spec with a name spelt exactly so, and the first with a name NameMatch.Equal to the one asked.
    private readonly Dictionary<string, SchemaMatch<T>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T> _equal = new(NameMatch.Comparer);
    // The answer of _equal for each name as the schema spells it: the schema's own keys (conditions, title agreements)
    // are looked up on every document, and an ordinal hash is cheaper than comparing words.
    private readonly Dictionary<string, T> _equalBySpelling = new(StringComparer.Ordinal);

    public SchemaNames(IReadOnlyList<T> specs, Func<T, IReadOnlyList<(string Name, string Key)>> names)
    {
        var all = new List<(T, string, string)>();
        foreach (T spec in specs)
        {
            foreach (var (name, key) in names(spec))
            {
                all.Add((spec, name, key));
                _exact.TryAdd(name, new SchemaMatch<T>(spec, NameMatchKind.Exact, name));
                _equal.TryAdd(name, spec);
            }
        }
        _names = [.. all];
        foreach (var (_, name, _) in _names)
        {
            _equalBySpelling.TryAdd(name, _equal[name]);
        }
    }

    /// <summary>The first spec with a name spelt exactly <paramref name="name"/>.</summary>
    public SchemaMatch<T>? Exact(string name) => _exact.GetValueOrDefault(name);

    /// <summary>The first spec with a name <see cref="NameMatch.Equal"/> to <paramref name="name"/>.</summary>
    public T? Equal(string name) => _equalBySpelling.TryGetValue(name, out T? spec) ? spec : _equal.GetValueOrDefault(name);

    /// <summary>The first spec with a name that <paramref name="written"/> (whose key is <paramref name="key"/>) matches by style.</summary>
    public SchemaMatch<T>? Styled(string written, string key)
    {
        foreach (var (spec, name, nameKey) in _names)
        {
            if (key.Length > 0 && key == nameKey || NameMatch.Equal(name, written))
            {
                return new SchemaMatch<T>(spec, NameMatchKind.Styled, name);
            }
        }
        return null;
    }
}
