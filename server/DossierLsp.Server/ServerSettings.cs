using System.Text.Json;
using DossierLsp.Core.Config;
using DossierLsp.Core.Workspace;

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
            MinimumSalary = profile is { } p && Child(p, "minimumSalary") is { ValueKind: JsonValueKind.Number } min && min.TryGetDecimal(out decimal minimum) ? minimum : null,
            Currency = profile is { } q && Child(q, "currency") is { ValueKind: JsonValueKind.String } currency ? CurrencyCode.Normalize(currency.GetString()) : null,
            PreferredLocations = profile is { } r && Child(r, "preferredLocations") is { ValueKind: JsonValueKind.Array } locations
                ? locations.EnumerateArray().Where(l => l.ValueKind == JsonValueKind.String).Select(l => l.GetString()!).ToArray()
                : null,
            Rules = rules,
        };
        TraceLevel trace = Child(root, "trace") is { } traceObject && Child(traceObject, "server") is { ValueKind: JsonValueKind.String } level
            ? level.GetString() switch { "messages" => TraceLevel.Messages, "verbose" => TraceLevel.Verbose, _ => TraceLevel.Off }
            : TraceLevel.Off;
        DiagnosticsScope scope = Child(root, "diagnostics") is { } diagnostics && Child(diagnostics, "scope") is { ValueKind: JsonValueKind.String } scopeName
            && scopeName.GetString() == "workspace" ? DiagnosticsScope.Workspace : DiagnosticsScope.Open;
        return new ServerSettings(overlay, trace, scope);
    }

    private static JsonElement? Child(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement child) && child.ValueKind != JsonValueKind.Null ? child : null;
}
