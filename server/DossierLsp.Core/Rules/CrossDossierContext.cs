using DossierLsp.Core.Analysis;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules;

/// <summary>What a cross-dossier rule reports through: applies each dossier's own rule level.</summary>
internal sealed class CrossDossierContext(CrossDossierRule rule, List<WorkspaceFinding> sink)
{
    /// <summary>Reports a finding on <paramref name="dossier"/> naming the <paramref name="others"/> it is about.</summary>
    public void Report(DossierIdentity dossier, string message, IReadOnlyList<DossierIdentity> others, string relatedMessage)
    {
        if (DossierAnalyzer.EffectiveSeverity(rule, dossier.Config) is not { } severity)
        {
            return;
        }
        SummaryLocation? at = Place(dossier);
        var finding = new Finding(rule.Id, severity, at?.Span ?? new TextSpan(0, 0), message)
        {
            Related = others.Select(o => Place(o) is { } place
                ? new RelatedLocation(o.Path, place.Start, place.End, relatedMessage)
                : new RelatedLocation(o.Path, default, default, relatedMessage)).ToArray(),
        };
        sink.Add(new WorkspaceFinding(dossier.Path, finding, at?.Start ?? default, at?.End ?? default));
    }

    /// <summary>How another dossier is named in a message: its path relative to the reported dossier's folder.</summary>
    public static string NameOf(DossierIdentity other, DossierIdentity from) =>
        Path.GetRelativePath(Path.GetDirectoryName(from.Path) ?? "", other.Path).Replace('\\', '/');

    private SummaryLocation? Place(DossierIdentity dossier) =>
        rule.Anchor == CrossDossierAnchor.JobId ? dossier.JobIdLocation ?? dossier.TitleLocation : dossier.TitleLocation;
}
