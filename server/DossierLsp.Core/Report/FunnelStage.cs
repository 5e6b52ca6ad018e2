namespace DossierLsp.Core.Report;

/// <summary>A funnel stage: dossiers that got at least this far, and the share of the previous stage that did.</summary>
public sealed record FunnelStage(string Stage, int Count, double? ConversionFromPrevious);
