using System.Text.Json;
using DossierLsp.Core.Config;

namespace DossierLsp.Server;

public enum TraceLevel { Off, Messages, Verbose }

/// <summary>Which dossiers a push-only client gets diagnostics for: the open ones (the default) or every one in the workspace.</summary>
public enum DiagnosticsScope { Open, Workspace }

/// <summary>The editor settings of section <c>dossier</c>: <c>{ profile: {…}, rules: {…}, trace: { server }, diagnostics: { scope } }</c>. Missing or null parts mean "not set".</summary>
internal sealed record ServerSettings(SettingsOverlay Overlay, TraceLevel Trace, DiagnosticsScope DiagnosticsScope = DiagnosticsScope.Open)
{
    public static readonly ServerSettings Default = new(SettingsOverlay.None, TraceLevel.Off);

    public static ServerSettings Read(JsonElement? settings)
    {
        if (settings is not { ValueKind: JsonValueKind.Object } root)
        {
            return Default;
        }
        JsonElement? profile = Child(root, "profile");
        var rules = new Dictionary<string, RuleLevel>(StringComparer.OrdinalIgnoreCase);
        if (Child(root, "rules") is { ValueKind: JsonValueKind.Object } ruleObject)
        {
            foreach (JsonProperty rule in ruleObject.EnumerateObject())
            {
                string? text = rule.Value.ValueKind switch
                {
                    JsonValueKind.String => rule.Value.GetString(),
                    JsonValueKind.False => "false",
                    _ => null,
                };
                if (RuleLevelNames.Parse(text) is { } value)
                {
                    rules[rule.Name] = value;
                }
            }
        }
        var overlay = new SettingsOverlay
        {
            Profile = profile is { ValueKind: JsonValueKind.Object } values ? ProfileValues(values) : SettingsOverlay.None.Profile,
            Rules = rules,
        };
        TraceLevel trace = Child(root, "trace") is { } traceObject && Child(traceObject, "server") is { ValueKind: JsonValueKind.String } level
            ? level.GetString() switch { "messages" => TraceLevel.Messages, "verbose" => TraceLevel.Verbose, _ => TraceLevel.Off }
            : TraceLevel.Off;
        DiagnosticsScope scope = Child(root, "diagnostics") is { } diagnostics && Child(diagnostics, "scope") is { ValueKind: JsonValueKind.String } scopeName
            && scopeName.GetString() == "workspace" ? DiagnosticsScope.Workspace : DiagnosticsScope.Open;
        return new ServerSettings(overlay, trace, scope);
    }

    /// <summary>Every property of <c>profile</c> as a <see cref="SettingValue"/>; the core's profile keys judge them.</summary>
    private static Dictionary<string, SettingValue> ProfileValues(JsonElement profile)
    {
        var values = new Dictionary<string, SettingValue>(StringComparer.Ordinal);
        foreach (JsonProperty property in profile.EnumerateObject())
        {
            SettingValue? value = property.Value.ValueKind switch
            {
                JsonValueKind.Number when property.Value.TryGetDecimal(out decimal number) => new SettingValue.Number(number),
                JsonValueKind.String => new SettingValue.Text(property.Value.GetString()!),
                JsonValueKind.Array => new SettingValue.TextList(
                    property.Value.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.String).Select(i => i.GetString()!).ToArray()),
                _ => null,
            };
            if (value is not null)
            {
                values[property.Name] = value;
            }
        }
        return values;
    }

    private static JsonElement? Child(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement child) && child.ValueKind != JsonValueKind.Null ? child : null;
}
