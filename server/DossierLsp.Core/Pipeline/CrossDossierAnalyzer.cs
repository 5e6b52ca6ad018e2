using DossierLsp.Core.Analysis;
using DossierLsp.Core.Rules;
using DossierLsp.Core.Workspace;

namespace DossierLsp.Core.Pipeline;

/// <summary>Runs the cross-dossier rules over a set of dossiers: the multi-file half of lint, for the CLI and the server alike.</summary>
public static class CrossDossierAnalyzer
{
    /// <summary>What the cross-dossier rules compare of an analysed document; null when it is not a dossier.</summary>
    public static DossierIdentity? Identify(string path, DocumentAnalysis analysis) =>
        analysis.Bound is { } bound ? DossierSummaryReader.ReadIdentity(path, bound) : null;

    /// <summary>
    /// True when the cross-dossier rules read the same from both summaries (keys, anchors, suppressions, config), so a
    /// change from one to the other cannot change any finding: a host need not run the rules again.
    /// </summary>
    public static bool ReadsSame(DossierSummary? a, DossierSummary? b) =>
        ReferenceEquals(a, b) || a is not null && b is not null && ReadsSame(a.Identity, b.Identity);

    private static bool ReadsSame(DossierIdentity a, DossierIdentity b) =>
        a.Path == b.Path && a.Company == b.Company && a.Position == b.Position && a.JobId == b.JobId
        && a.TitleLocation == b.TitleLocation && a.JobIdLocation == b.JobIdLocation
        && a.SuppressedCrossRules.SequenceEqual(b.SuppressedCrossRules) && ReferenceEquals(a.Config, b.Config);

    /// <summary>Every cross-dossier finding among the summaries' dossiers (see the overload for identities).</summary>
    public static IReadOnlyList<WorkspaceFinding> Analyze(IEnumerable<DossierSummary> dossiers) => Analyze(dossiers.Select(d => d.Identity));

    /// <summary>Every cross-dossier finding, sorted by path, position and rule: the same set of dossiers gives the same findings.</summary>
    public static IReadOnlyList<WorkspaceFinding> Analyze(IEnumerable<DossierIdentity> dossiers)
    {
        DossierIdentity[] sorted = dossiers.ToArray();
        // Hosts mostly pass them in path order already (the index, lint's files): then there is nothing to sort.
        if (!IsSortedByPath(sorted))
        {
            sorted = sorted.OrderBy(d => d.Path, StringComparer.Ordinal).ToArray();
        }
        var findings = new List<WorkspaceFinding>();
        foreach (CrossDossierRule rule in RuleCatalog.All.OfType<CrossDossierRule>())
        {
            try
            {
                // A dossier that silences the rule (applied again, on purpose) is left out of its comparisons altogether.
                DossierIdentity[] compared = sorted.Where(d => !d.SuppressedCrossRules.Contains(rule.Id, StringComparer.OrdinalIgnoreCase)).ToArray();
                rule.CheckAll(compared, new CrossDossierContext(rule, findings));
            }
            catch (Exception e)
            {
                // As in DossierAnalyzer: a bug of ours becomes a finding, not a crash of the editor or a CI run.
                var internalError = NonRuleFindings.InternalError.At(new Text.TextSpan(0, 0), $"rule {rule.Id} failed: {e.Message}");
                findings.Add(new WorkspaceFinding(sorted[0].Path, internalError, default, default));
            }
        }
        return findings
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ThenBy(f => f.Finding.Span.Start)
            .ThenBy(f => f.Finding.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Finding.Message, StringComparer.Ordinal)
            .ToArray();
    }

    private static bool IsSortedByPath(DossierIdentity[] dossiers)
    {
        for (int i = 1; i < dossiers.Length; i++)
        {
            if (string.CompareOrdinal(dossiers[i - 1].Path, dossiers[i].Path) > 0)
            {
                return false;
            }
        }
        return true;
    }
}
