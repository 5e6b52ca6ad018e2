using DossierLsp.Core.Analysis;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;

namespace DossierLsp.Core.Language;

/// <summary>
/// Editor features over one analysed document. Every method is pure: it reads the analysis and returns values;
/// the LSP adapter only converts positions and shapes.
/// </summary>
public static class DossierLanguageService
{
    public static IReadOnlyList<CompletionCandidate> Complete(DocumentAnalysis analysis, int offset, DateOnly today) => throw new NotImplementedException();

    public static HoverInfo? Hover(DocumentAnalysis analysis, int offset) => throw new NotImplementedException();

    /// <summary>Quick fixes of findings that touch <paramref name="range"/>, then source actions.</summary>
    public static IReadOnlyList<CodeFix> CodeActions(DocumentAnalysis analysis, TextSpan range, DateOnly today) => throw new NotImplementedException();

    public static IReadOnlyList<OutlineNode> Outline(DocumentAnalysis analysis) => throw new NotImplementedException();

    public static IReadOnlyList<FoldingSpan> Folding(DocumentAnalysis analysis) => throw new NotImplementedException();

    public static IReadOnlyList<InlayHintInfo> InlayHints(DocumentAnalysis analysis, TextSpan range, DateOnly today) => throw new NotImplementedException();

    /// <summary>The edit that sets the status field (adding it if missing); with a submitted status and a placeholder application date, also dates it today.</summary>
    public static CodeFix? SetStatus(DocumentAnalysis analysis, string status, DateOnly today) => throw new NotImplementedException();
}
