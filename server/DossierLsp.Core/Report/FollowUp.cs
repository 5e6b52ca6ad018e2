namespace DossierLsp.Core.Report;

/// <summary>A follow-up, due or not yet: the calendar's entries.</summary>
public sealed record FollowUp(string File, string Name, string? Status, DateOnly Since, DateOnly DueOn);
