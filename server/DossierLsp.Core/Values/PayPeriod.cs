namespace DossierLsp.Core.Values;

public enum PayPeriod { Year, Month, Hour }
