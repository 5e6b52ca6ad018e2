namespace DossierLsp.Core.Report;

/// <summary>Applications whose Application Date falls in the week starting on Monday <see cref="WeekStart"/>.</summary>
public sealed record WeekCount(DateOnly WeekStart, int Count);
