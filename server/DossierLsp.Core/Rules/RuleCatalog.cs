namespace DossierLsp.Core.Rules;

/// <summary>Every rule, in id order. Rules add themselves from their own file, so adding a rule touches nothing else.</summary>
public static class RuleCatalog
{
    private static readonly List<Rule> Registered = [];
    private static Rule[]? _all;

    public static IReadOnlyList<Rule> All => _all ??= Registered.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();

    public static Rule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Called from each rule's module initializer, which runs before any code of this assembly.</summary>
    internal static void Register(Rule rule) => Registered.Add(rule);
}
