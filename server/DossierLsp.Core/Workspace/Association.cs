namespace DossierLsp.Core.Workspace;

/// <summary>Whether a file is a dossier, with which schema, and why: the reason is shown by <c>--explain</c> and in logs.</summary>
internal sealed record Association(bool IsDossier, string? Schema, string Reason)
{
    public static Association Skip(string reason) => new(false, null, reason);
}
