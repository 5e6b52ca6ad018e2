using DossierLsp.Core.Analysis;
using DossierLsp.Core.Language;

namespace DossierLsp.Server;

/// <summary>The LSP code action kinds the server offers, and how a client's <c>only</c> filter selects them.</summary>
internal static class CodeActionKinds
{
    public const string QuickFix = "quickfix";
    public const string Source = "source";
    /// <summary>So that <c>"editor.codeActionsOnSave": {"source.fixAll.dossier": "explicit"}</c> runs it on save.</summary>
    public const string FixAll = "source.fixAll.dossier";

    public static readonly string[] All = [QuickFix, Source, FixAll];

    public static string Of(CodeActionItem item) => item.Fix.Kind switch
    {
        FixKind.Source => Source,
        FixKind.FixAll => FixAll,
        _ => QuickFix,
    };

    /// <summary>Kinds are hierarchical: asking for <c>source</c> or <c>source.fixAll</c> includes <c>source.fixAll.dossier</c>.</summary>
    public static bool Includes(string requested, string kind) =>
        kind == requested || kind.StartsWith(requested + ".", StringComparison.Ordinal);
}
