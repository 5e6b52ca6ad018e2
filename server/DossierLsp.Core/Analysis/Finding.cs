using DossierLsp.Core.Text;

namespace DossierLsp.Core.Analysis;

/// <summary>One problem a rule found: the domain value that the CLI prints and the server turns into a diagnostic.</summary>
public sealed record Finding(string RuleId, Severity Severity, TextSpan Span, string Message)
{
    public IReadOnlyList<CodeFix> Fixes { get; init; } = [];
    /// <summary>Other dossiers the finding is about (a duplicate's other file), with what each one is.</summary>
    public IReadOnlyList<RelatedLocation> Related { get; init; } = [];

    /// <summary>The documented order of findings, wherever they come from: position, then rule id, then message.</summary>
    public static Finding[] InDocumentOrder(IEnumerable<Finding> findings) => findings
        .OrderBy(f => f.Span.Start)
        .ThenBy(f => f.RuleId, StringComparer.Ordinal)
        .ThenBy(f => f.Message, StringComparer.Ordinal)
        .ToArray();
}
