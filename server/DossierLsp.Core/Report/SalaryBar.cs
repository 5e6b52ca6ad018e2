namespace DossierLsp.Core.Report;

/// <summary>One bar of the salary chart: a dossier's yearly range in the report's currency.</summary>
public sealed record SalaryBar(string File, string Name, decimal Minimum, decimal Maximum);
