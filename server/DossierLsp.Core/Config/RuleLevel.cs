namespace DossierLsp.Core.Config;

public enum RuleLevel { Off, Info, Warning, Error }
