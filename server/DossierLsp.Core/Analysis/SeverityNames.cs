namespace DossierLsp.Core.Analysis;

/// <summary>How a severity is written in output, docs and config: "error", "warning", "info".</summary>
public static class SeverityNames
{
    public static string Name(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
