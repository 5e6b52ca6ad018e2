namespace DossierLsp.Core.Values;

public enum MoneyStatus
{
    /// <summary>One amount or a range was read.</summary>
    Stated,
    /// <summary>A phrase such as "Competitive" or "TBD" that says the amount is not known.</summary>
    NotStated,
    Empty,
    Unparseable,
}
