namespace DossierLsp.Core.Report;

/// <summary>A dossier in a "needs you" list, with what it needs.</summary>
public sealed record NeedsYouItem(string File, string Name, string Reason);
