using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Rules;

/// <summary>
/// A rule that compares dossiers with each other, from their <see cref="DossierIdentity"/>, rather than reading one document. It is a
/// rule like any other (id, severity, docs, config levels); <c>Pipeline.CrossDossierAnalyzer</c> runs it over a
/// set of dossiers, and it finds nothing in a single document.
/// </summary>
internal abstract class CrossDossierRule : Rule
{
    public abstract CrossDossierAnchor Anchor { get; }

    public sealed override void Check(RuleContext context)
    {
        // One document alone has no other dossier to be compared with.
    }

    /// <summary>Reports, through <paramref name="context"/>, every dossier of <paramref name="dossiers"/> (sorted by path) the rule applies to.</summary>
    public abstract void CheckAll(IReadOnlyList<DossierIdentity> dossiers, CrossDossierContext context);
}
