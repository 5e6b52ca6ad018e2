using DossierLsp.Core.Analysis;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules;

/// <summary>What a rule sees: the bound document, "today", and a way to report findings.</summary>
public sealed class RuleContext(BoundDocument document, DateOnly today, Rule rule, Severity severity, List<Finding> sink)
{
    public BoundDocument Document { get; } = document;
    public SourceText Source => Document.Document.Source;
    public DateOnly Today { get; } = today;

    public void Report(TextSpan span, string message, params CodeFix[] fixes) =>
        sink.Add(new Finding(rule.Id, severity, span, Excerpt.InMessage(message)) { Fixes = fixes });
}
