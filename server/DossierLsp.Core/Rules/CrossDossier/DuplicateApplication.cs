using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Rules.CrossDossier;

internal sealed class DuplicateApplication : CrossDossierRule
{
    public override string Id => "duplicate-application";
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "Two dossiers have the same company and position.";
    public override string Description => "Compares company and position (the fields with roles `company` and `position`) of every dossier checked together, ignoring case, punctuation and a trailing legal form. Two dossiers for one role are probably one application written twice. Dossiers whose Job IDs differ are two postings and are not reported; the same Job ID is `duplicate-job-id`'s finding. The message names the other file; editors link to it.";
    public override string Example => "acme-data.md: # Job Application: Acme - Data Engineer\nacme-2.md:    # Job Application: ACME Inc. - Data engineer";
    public override string Fix => "Keep one dossier per application and delete the other, or give each its Job ID when they are two postings. Applying again a year later? Silence it in the new file with `<!-- dossier-disable duplicate-application -->`.";
    public override CrossDossierAnchor Anchor => CrossDossierAnchor.Title;

    public override void CheckAll(IReadOnlyList<DossierIdentity> dossiers, CrossDossierContext context)
    {
        var groups = DossierGroups.SharingKey(dossiers, d => d.Company is not null && d.Position is not null
            ? (CompanyKey.Company(d.Company), CompanyKey.Text(d.Position))
            : ((string, string)?)null);
        foreach (List<DossierIdentity> group in groups)
        {
            foreach (DossierIdentity dossier in group)
            {
                DossierIdentity[] others = group.Where(o => o != dossier && !DifferentOrSamePosting(o, dossier)).ToArray();
                if (others.Length == 0)
                {
                    continue;
                }
                string names = string.Join(", ", others.Select(o => CrossDossierContext.NameOf(o, dossier)));
                context.Report(dossier, $"{dossier.Company} – {dossier.Position} is also in {names}: probably one application written twice", others, "the same company and position");
            }
        }
    }

    // Both Job IDs known: different ones are two postings, equal ones are duplicate-job-id's finding.
    private static bool DifferentOrSamePosting(DossierIdentity a, DossierIdentity b) => a.JobId is not null && b.JobId is not null;
}
