using System.Text.RegularExpressions;
using DossierLsp.Core.Schema;

namespace DossierLsp.Core.Workspace;

/// <summary>Whether a file is a dossier, with which schema, and why: the reason is shown by <c>--explain</c> and in logs.</summary>
internal sealed record Association(bool IsDossier, string? Schema, string Reason)
{
    /// <summary>When the title decided: the schema whose pattern matched and its match, so binding need not run the pattern again.</summary>
    public (DossierSchema Schema, Match Match)? Title { get; init; }

    public static Association Skip(string reason) => new(false, null, reason);
}
