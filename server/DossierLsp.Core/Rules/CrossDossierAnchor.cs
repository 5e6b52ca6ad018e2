namespace DossierLsp.Core.Rules;

/// <summary>Which place of a dossier a cross-dossier finding points at (and where a suppression comment must be).</summary>
internal enum CrossDossierAnchor { Title, JobId }
