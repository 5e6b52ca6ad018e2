namespace DossierLsp.Core.Language;

/// <summary>Whether a dossier's status is one of the schema's values, as a status bar colours it.</summary>
public enum StatusState { Valid, Empty, Miscased, Invalid }
