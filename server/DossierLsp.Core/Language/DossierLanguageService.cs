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

    /// <summary>Salary conversions the user cannot do at a glance (hourly, monthly, another currency → yearly in the profile currency).</summary>
    public static IReadOnlyList<InlayHintInfo> InlayHints(DocumentAnalysis analysis, TextSpan range) =>
        InlayHintProvider.InlayHints(analysis, range);

    /// <summary>The edit that sets the status field (adding it if missing); fields the new status requires (a date) get today.</summary>
    public static CodeFix? SetStatus(DocumentAnalysis analysis, string status, DateOnly today) => EditProvider.SetStatus(analysis, status, today);

    public static DocumentInfo Info(DocumentAnalysis analysis)
    {
        if (analysis.Bound is not { } document)
        {
            return new DocumentInfo(false, null, StatusState.Empty, []);
        }
        EnumSpec? enumSpec = document.Schema.EnumOf(document.Schema.FieldWithRole(FieldRole.Status));
        IReadOnlyList<StatusChoice> statuses = enumSpec?.Values.Select(v => new StatusChoice(v.Value, v.Description)).ToArray() ?? [];
        string? status = EditProvider.StatusOf(analysis);
        return new DocumentInfo(true, status, StateOf(status, enumSpec), statuses);
    }

    /// <summary>A dated follow-up line at the end of Notes (the section is added when missing).</summary>
    public static CodeFix? AddFollowUp(DocumentAnalysis analysis, DateOnly today) => FollowUpEdit.AddFollowUp(analysis, today);

    /// <summary>The lenses shown on the dossier's title.</summary>
    public static IReadOnlyList<LensInfo> CodeLenses(DossierSummary summary, DateOnly today) => CodeLensProvider.Lenses(summary, today);

    /// <summary>Dossiers whose company, position, status or Job ID match every word of the query.</summary>
    public static IReadOnlyList<DossierSummary> FindDossiers(Pipeline.DossierIndex index, string query) => DossierSearch.Find(index, query);

    // As the enum rules read it: an alias or the exact value is valid, another spelling of the value is miscased.
    private static StatusState StateOf(string? status, EnumSpec? statuses)
    {
        if (status is null)
        {
            return StatusState.Empty;
        }
        string text = Values.VisibleText.Of(status);
        return statuses is null ? StatusState.Valid
            : statuses.Read(text) is not { } reading ? StatusState.Invalid
            : reading.IsAlias || text[reading.Start..reading.End] == reading.Value.Value ? StatusState.Valid
            : StatusState.Miscased;
    }

    /// <summary>A new dossier for <paramref name="schema"/>: title, fields and the required and recommended sections, as text and as a snippet.</summary>
    public static NewDossierText NewDossier(DossierSchema schema, string company, string position) =>
        NewDossierTemplate.Create(schema, company, position);
}
