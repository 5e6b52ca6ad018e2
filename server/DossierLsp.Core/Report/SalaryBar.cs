namespace DossierLsp.Core.Report;

/// <summary>
/// One bar of the salary chart: a dossier's yearly range in the report's currency, and the minimum salary of the
/// dossier's own profile (dossiers under different configs may have different minimums).
/// </summary>
public sealed record SalaryBar(string File, string Name, decimal Minimum, decimal Maximum, decimal? YourMinimum = null)
{
    /// <summary>The whole range is below the dossier's own minimum.</summary>
    public bool IsBelowMinimum => YourMinimum is { } minimum && Maximum < minimum;
}
