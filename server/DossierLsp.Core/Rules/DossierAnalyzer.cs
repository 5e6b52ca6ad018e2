using DossierLsp.Core.Analysis;
using DossierLsp.Core.Config;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules;

/// <summary>Runs every enabled rule over a bound document and applies severities and inline suppressions.</summary>
public static class DossierAnalyzer
{
    public static IReadOnlyList<Finding> Analyze(BoundDocument document, DateOnly today)
    {
        var findings = new List<Finding>();
        foreach (Rule rule in RuleCatalog.All)
        {
            Severity? severity = EffectiveSeverity(rule, document.Config);
            if (severity is null)
            {
                continue;
            }
            try
            {
                rule.Check(new RuleContext(document, today, rule, severity.Value, findings));
            }
            catch (Exception e)
            {
                findings.Add(NonRuleFindings.InternalError.At(new TextSpan(0, 0), $"rule {rule.Id} failed: {e.Message}"));
            }
        }

        var source = document.Document.Source;
        var suppressions = document.Document.Suppressions;
        return findings
            .Where(f => !suppressions.IsSuppressed(f.RuleId, source.GetLineFromOffset(f.Span.Start)))
            .OrderBy(f => f.Span.Start)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The rule's severity under <paramref name="config"/>, or null when it is off.</summary>
    internal static Severity? EffectiveSeverity(Rule rule, DossierConfig config) =>
        config.Rules.TryGetValue(rule.Id, out Sourced<RuleLevel>? level)
            ? level.Value switch
            {
                RuleLevel.Error => Severity.Error,
                RuleLevel.Warning => Severity.Warning,
                RuleLevel.Info => Severity.Info,
                _ => null,
            }
            : rule.DefaultSeverity;
}
