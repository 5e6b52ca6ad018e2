using DossierLsp.Core.Analysis;
using DossierLsp.Core.Config;
using DossierLsp.Core.Rules;
using DossierLsp.Core.Text;
using DossierLsp.Core.Yaml;

namespace DossierLsp.Core.Language.ConfigFile;

/// <summary>
/// "Did you mean": a key the config does not know, a rule id no rule has, a level that is not one, each renamed to the
/// closest name (<see cref="Spelling.Closest(string, IEnumerable{string}, int)"/>, as the messages that report them).
/// Read off the parsed file, as the loader reads it; a file that does not parse has no such findings.
/// </summary>
internal static class ConfigQuickFixes
{
    private sealed record Misspelling(TextSpan Where, TextSpan Span, string Closest);

    public static IReadOnlyList<CodeActionItem> CodeActions(SourceText text, TextSpan range, ConfigFileKind kind) =>
        SafeYamlReader.Read(text.Text).Root is YamlMapping root
            ? [.. (kind == ConfigFileKind.Profile ? UnknownKeys(ProfileOf(root), ConfigKeys.Profile) : Misspellings(root)).Where(m => m.Where.Intersects(range)).Select(m => new CodeActionItem(
                new CodeFix($"Change to '{m.Closest}'", [new TextEdit(m.Span, m.Closest)], IsPreferred: true), []))]
            : [];

    private static IEnumerable<Misspelling> Misspellings(YamlMapping root)
    {
        foreach (Misspelling m in UnknownKeys(root, ConfigKeys.Workspace))
        {
            yield return m;
        }
        IEnumerable<Misspelling> nested =
            (root["profile"] is YamlMapping profile ? UnknownKeys(profile, ConfigKeys.Profile) : [])
            .Concat(root["include"] is YamlSequence includes ? includes.Items.OfType<YamlMapping>().SelectMany(i => UnknownKeys(i, ConfigKeys.Include)) : [])
            .Concat(root["rules"] is YamlMapping rules ? rules.Entries.SelectMany(Rule) : []);
        foreach (Misspelling m in nested)
        {
            yield return m;
        }
    }

    /// <summary>A profile file's mapping, read as the loader reads it: the top level, or its one <c>profile:</c> key.</summary>
    private static YamlMapping ProfileOf(YamlMapping root) =>
        root.Entries.Count == 1 && root["profile"] is YamlMapping nested ? nested : root;

    private static IEnumerable<Misspelling> UnknownKeys(YamlMapping mapping, IReadOnlyList<ConfigKey> keys) =>
        from entry in mapping.Entries
        where keys.All(k => k.Name != entry.Key.Value)
        let closest = Spelling.Closest(entry.Key.Value, keys.Select(k => k.Name))
        where closest is not null
        select new Misspelling(SpanOf(entry.Key), SpanOf(entry.Key), closest);

    // The loader reports an unknown rule at its level, so the whole entry offers the fix.
    private static IEnumerable<Misspelling> Rule((YamlScalar Key, YamlNode Value) entry)
    {
        var line = TextSpan.FromBounds(entry.Key.Start.Offset, entry.Value.End.Offset);
        if (RuleCatalog.Find(entry.Key.Value) is null && Spelling.Closest(entry.Key.Value, RuleCatalog.All.Select(r => r.Id)) is { } rule)
        {
            yield return new Misspelling(line, SpanOf(entry.Key), rule);
        }
        if (entry.Value is YamlScalar { IsNull: false } level && RuleLevelNames.Parse(level.Value) is null
            && Spelling.Closest(level.Value, Enum.GetValues<RuleLevel>().Select(l => l.Name())) is { } name)
        {
            yield return new Misspelling(SpanOf(level), SpanOf(level), name);
        }
    }

    private static TextSpan SpanOf(YamlNode node) => TextSpan.FromBounds(node.Start.Offset, node.End.Offset);
}
