using DossierLsp.Core.Analysis;
using DossierLsp.Core.Config;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules;

/// <summary>Runs every enabled rule over a bound document and applies severities and inline suppressions.</summary>
internal static class DossierAnalyzer
{
    public static IReadOnlyList<Finding> Analyze(BoundDocument document, DateOnly today)
    {
        var findings = new List<Finding>();
        // Most configs set no rule's level: then every rule has its default, with no look-up per rule.
        bool levelsSet = document.Config.Rules.Count > 0;
        foreach (Rule rule in RuleCatalog.All)
        {
            Severity? severity = levelsSet ? EffectiveSeverity(rule, document.Config) : rule.DefaultSeverity;
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
        var shown = new List<Finding>(findings.Count);
        foreach (Finding finding in findings)
        {
            if (!suppressions.IsSuppressed(finding.RuleId, source.GetLineFromOffset(finding.Span.Start)))
            {
                shown.Add(finding);
            }
        }
        // Most files have a finding or two: those need no sort.
        return Capped(shown.Count <= 1 ? [.. shown] : Finding.InDocumentOrder(shown));
    }

    /// <summary>At most this many findings of one rule in one file; the rest are summed up in one finding.</summary>
    public const int MaxFindingsPerRule = 100;

    /// <summary>
    /// Keeps the first <see cref="MaxFindingsPerRule"/> findings of each rule and replaces the rest with one finding, at the
    /// first one left out, that says how many there were: a file with 100,000 bad lines gets a readable report.
    /// </summary>
    private static Finding[] Capped(Finding[] sorted)
    {
        if (sorted.Length <= MaxFindingsPerRule)
        {
            return sorted;
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<Finding>(sorted.Length);
        var firstLeftOut = new Dictionary<string, Finding>(StringComparer.Ordinal);
        foreach (Finding finding in sorted)
        {
            int count = counts[finding.RuleId] = counts.GetValueOrDefault(finding.RuleId) + 1;
            if (count <= MaxFindingsPerRule)
            {
                kept.Add(finding);
            }
            else
            {
                firstLeftOut.TryAdd(finding.RuleId, finding);
            }
        }
        if (firstLeftOut.Count == 0)
        {
            return sorted;
        }
        return Finding.InDocumentOrder(kept.Concat(firstLeftOut.Values.Select(first => first with
        {
            Message = $"{counts[first.RuleId] - MaxFindingsPerRule:N0} more {first.RuleId} findings from here on are not shown (at most {MaxFindingsPerRule} a rule in a file)",
            Fixes = [],
        })));
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
