using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;

namespace DossierLsp.Core.Language;

/// <summary>
/// Editor features over one analysed document. Every method is pure: it reads the analysis and returns values;
/// the LSP adapter only converts positions and shapes. Non-dossiers get nothing.
/// </summary>
public static class DossierLanguageService
{
    public static IReadOnlyList<CompletionCandidate> Complete(DocumentAnalysis analysis, int offset, DateOnly today) =>
        CompletionProvider.Complete(analysis, offset, today);

    public static HoverInfo? Hover(DocumentAnalysis analysis, int offset) => HoverProvider.Hover(analysis, offset);

    /// <summary>Quick fixes of findings that touch <paramref name="range"/>, then source actions.</summary>
    public static IReadOnlyList<CodeFix> CodeActions(DocumentAnalysis analysis, TextSpan range, DateOnly today) =>
        EditProvider.CodeActions(analysis, range, today);

    public static IReadOnlyList<OutlineNode> Outline(DocumentAnalysis analysis) => OutlineProvider.Outline(analysis);

    public static IReadOnlyList<FoldingSpan> Folding(DocumentAnalysis analysis) => OutlineProvider.Folding(analysis);

    public static IReadOnlyList<InlayHintInfo> InlayHints(DocumentAnalysis analysis, TextSpan range, DateOnly today) =>
        InlayHintProvider.InlayHints(analysis, range, today);

    /// <summary>The edit that sets the status field (adding it if missing); fields the new status requires (a date) get today.</summary>
    public static CodeFix? SetStatus(DocumentAnalysis analysis, string status, DateOnly today) => EditProvider.SetStatus(analysis, status, today);

    public static DocumentInfo Info(DocumentAnalysis analysis)
    {
        if (analysis.Bound is not { } document)
        {
            return new DocumentInfo(false, null, []);
        }
        IReadOnlyList<StatusChoice> statuses = document.Schema.FieldWithRole(FieldRole.Status) is { EnumName: { } name }
            && document.Schema.Enums.TryGetValue(name, out EnumSpec? enumSpec)
                ? enumSpec.Values.Select(v => new StatusChoice(v.Value, v.Description)).ToArray()
                : [];
        return new DocumentInfo(true, EditProvider.StatusOf(analysis), statuses);
    }

    /// <summary>The text of a new dossier for <paramref name="schema"/>: title, fields and the required and recommended sections.</summary>
    public static string NewDossier(DossierSchema schema, string company, string position, DateOnly today) =>
        EditProvider.NewDossier(schema, company, position, today);
}
