namespace DossierLsp.Core.Values;

/// <summary>What the compared amount is, when the value says.</summary>
public enum PayBasis
{
    /// <summary>The value does not say (the common case: a salary).</summary>
    Salary,
    /// <summary>Base pay, named as such (<c>$190k base</c>), usually beside a total.</summary>
    Base,
    /// <summary>Total compensation with no base given (<c>TC $310k</c>).</summary>
    TotalCompensation,
    /// <summary>On-target earnings: base plus expected variable pay (<c>$160,000 OTE</c>).</summary>
    OnTargetEarnings,
}
