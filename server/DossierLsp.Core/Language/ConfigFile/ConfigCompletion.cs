using DossierLsp.Core.Text;

namespace DossierLsp.Core.Language.ConfigFile;

/// <summary>Completion in a config file: first where the cursor is (<see cref="ConfigCursor"/>), then what fits there.</summary>
internal static class ConfigCompletion
{
    public static IReadOnlyList<CompletionCandidate> Complete(SourceText text, int offset, ConfigFileKind kind)
    {
        if (ConfigCursor.Find(text, offset)?.In(kind) is not { } place)
        {
            return [];
        }
        return place.Key is { } key ? Values(place, ConfigChoices.ValueOf(place.Path, key)) : Keys(text, place);
    }

    private static CompletionCandidate[] Keys(SourceText text, ConfigPlace place)
    {
        int column = place.Word.Start - text.GetLineStart(text.GetLineFromOffset(place.Word.Start));
        string below = text.PreferredLineBreak + new string(' ', column + 2);
        // A key written twice is an error: the mapping's other keys are not offered again.
        return [.. ConfigChoices.KeysAt(place.Path).Where(k => !place.Siblings.Contains(k.Name, StringComparer.OrdinalIgnoreCase)).Select((key, index) =>
        {
            string name = Snippet.Escape(key.Name);
            var (insert, plain) = place.HasColon ? (name, key.Name)
                : key.Value switch
                {
                    ConfigValue.Profile or ConfigValue.Rules or ConfigValue.ExchangeRates => ($"{name}:{below}$0", $"{key.Name}:{below}"),
                    ConfigValue.Globs => ($"{name}:{below}- $0", $"{key.Name}:{below}- "),
                    _ when ConfigKeys.ValuesOf(key.Value) is { Count: > 0 } values =>
                        ($"{name}: ${{1|{string.Join(",", values.Select(v => Snippet.Escape(v.Value)))}|}}", $"{key.Name}: "),
                    _ => ($"{name}: $0", $"{key.Name}: "),
                };
            return new CompletionCandidate(key.Name, CompletionKind.Field, place.Word, insert, IsSnippet: true, $"{index:D3}",
                key.Detail, key.Documentation, PlainText: plain);
        })];
    }

    private static CompletionCandidate[] Values(ConfigPlace place, ConfigValue kind) =>
        [.. ConfigKeys.ValuesOf(kind).Select((value, index) => new CompletionCandidate(
            value.Value, CompletionKind.Value, place.Word, (place.SpaceBefore ? " " : "") + value.Value, IsSnippet: false, $"{index:D3}",
            value.Description, FilterText: value.Value))];
}
