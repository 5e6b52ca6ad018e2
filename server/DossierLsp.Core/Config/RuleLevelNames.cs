namespace DossierLsp.Core.Config;

/// <summary>How a rule level is written in dossier.config.yaml and in editor settings; one reading for both.</summary>
public static class RuleLevelNames
{
    public const string Expected = "error, warning, info or off";

    /// <summary>The level <paramref name="text"/> names, or null. <c>false</c> means off (YAML's and JSON's way of saying it).</summary>
    public static RuleLevel? Parse(string? text) => text switch
    {
        "error" => RuleLevel.Error,
        "warning" => RuleLevel.Warning,
        "info" => RuleLevel.Info,
        "off" or "false" => RuleLevel.Off,
        _ => null,
    };

    public static string Name(this RuleLevel level) => level.ToString().ToLowerInvariant();
}
