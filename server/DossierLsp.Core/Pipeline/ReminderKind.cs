namespace DossierLsp.Core.Pipeline;

public enum ReminderKind { FollowUp, Stale }
