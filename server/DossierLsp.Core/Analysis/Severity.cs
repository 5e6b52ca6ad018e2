namespace DossierLsp.Core.Analysis;

public enum Severity { Error, Warning, Info }
