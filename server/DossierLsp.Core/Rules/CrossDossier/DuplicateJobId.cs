using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Rules.CrossDossier;

internal sealed class DuplicateJobId : CrossDossierRule
{
    public override string Id => "duplicate-job-id";
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "Two dossiers of the same company have the same Job ID.";
    public override string Description => "Compares the field with role `job-id` (built-in: Job ID) of every dossier checked together (`dossier lint FOLDER`, the editor's workspace). Job IDs are compared ignoring case and punctuation, companies ignoring case, punctuation and a trailing legal form (`Acme, Inc.` is `Acme`). A Job ID names one posting, so two dossiers with it are one application written twice. The message names the other file; editors link to it.";
    public override string Example => "acme-data.md:      - **Company**: Acme\n                   - **Job ID**: R-1042\nacme-data-copy.md: - **Company**: Acme, Inc.\n                   - **Job ID**: r1042";
    public override string Fix => "Keep one dossier per posting: merge the notes into one file and delete the other. If they really are two postings, correct the Job ID.";
    public override CrossDossierAnchor Anchor => CrossDossierAnchor.JobId;

    public override void CheckAll(IReadOnlyList<DossierIdentity> dossiers, CrossDossierContext context)
    {
        foreach (List<DossierIdentity> group in DossierGroups.SharingKey(dossiers, Key))
        {
            foreach (DossierIdentity dossier in group)
            {
                DossierIdentity[] others = group.Where(o => o != dossier).ToArray();
                string names = string.Join(", ", others.Select(o => CrossDossierContext.NameOf(o, dossier)));
                context.Report(dossier, $"Job ID '{dossier.JobId}' of {dossier.Company} is also in {names}: one posting, two dossiers", others, $"the same Job ID of {dossier.Company}");
            }
        }
    }

    // The company and the Job ID without case, punctuation or spaces; none when either is missing or the ID has no word.
    private static (string Company, string JobId)? Key(DossierIdentity dossier)
    {
        if (dossier.Company is null || dossier.JobId is null || CompanyKey.Text(dossier.JobId) is not { Length: > 0 } jobId)
        {
            return null;
        }
        return (CompanyKey.Company(dossier.Company), jobId.Replace(" ", "", StringComparison.Ordinal));
    }
}
