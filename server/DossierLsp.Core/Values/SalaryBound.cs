namespace DossierLsp.Core.Values;

/// <summary>Which side of the pay a value states.</summary>
public enum SalaryBound
{
    /// <summary>An amount or a range (<c>$150k</c>, <c>$150k–$180k</c>).</summary>
    Range,
    /// <summary>Only the lowest pay: <c>From $140k</c>, <c>$120k+</c>, <c>Starting at £55,000</c>.</summary>
    Floor,
    /// <summary>Only the highest pay: <c>Up to $180,000</c>.</summary>
    Ceiling,
}
