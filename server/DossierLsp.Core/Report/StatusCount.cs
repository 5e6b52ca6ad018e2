namespace DossierLsp.Core.Report;

/// <summary>How many dossiers have one status; <see cref="Status"/> is null for dossiers without one.</summary>
public sealed record StatusCount(string? Status, int Count);
