namespace DossierLsp.Core.Values;

public enum PayPeriod { Year, Month, Week, Day, Hour }
