using DossierLsp.Core.Analysis;
using DossierLsp.Core.Language;
using DossierLsp.Core.Text;
using DossierLsp.Server.Protocol;
using CoreTextEdit = DossierLsp.Core.Analysis.TextEdit;

namespace DossierLsp.Server;

/// <summary>Core values → LSP shapes. Positions go through the negotiated <see cref="PositionEncoding"/>.</summary>
internal static class Conversions
{
    /// <summary>Where each rule's documentation lives; the rule id is the anchor.</summary>
    public const string Documentation = "https://github.com/dossierlsp/dossierlsp/blob/main/docs/";
    public const string RulesDocumentation = Documentation + "RULES.md";
    public const string ConfigDocumentation = Documentation + "CONFIG.md";
    public const string Source = "dossier";

    public static Diagnostic ToDiagnostic(this Finding finding, SourceText text, PositionEncoding encoding) =>
        finding.ToDiagnostic(encoding.ToRange(text, finding.Span));

    private static Diagnostic ToDiagnostic(this Finding finding, Protocol.Range range) => new(
        range,
        finding.Severity switch { Severity.Error => 1, Severity.Warning => 2, _ => 3 },
        finding.RuleId,
        new CodeDescription($"{RulesDocumentation}#{finding.RuleId}"),
        Source,
        finding.Message);

    /// <summary>
    /// A cross-dossier finding. With the dossier's text its span is exact in any encoding; without it (a file that is not
    /// open) the core's UTF-16 line/column is used, widened to whole lines for a UTF-8 client.
    /// </summary>
    public static Diagnostic ToDiagnostic(this WorkspaceFinding finding, SourceText? text, PositionEncoding encoding, Func<string, string> uriOf, bool withRelated)
    {
        Diagnostic diagnostic = text is null
            ? finding.Finding.ToDiagnostic(ToRange(finding.Start, finding.End, encoding))
            : finding.Finding.ToDiagnostic(text, encoding);
        return withRelated && finding.Finding.Related.Count > 0
            ? diagnostic with { RelatedInformation = finding.Finding.Related.Select(r => new DiagnosticRelatedInformation(new Location(uriOf(r.Path), ToRange(r.Start, r.End, encoding)), r.Message)).ToArray() }
            : diagnostic;
    }

    private static Protocol.Range ToRange(LinePosition start, LinePosition end, PositionEncoding encoding) =>
        encoding == PositionEncoding.Utf16
            ? new Protocol.Range(new Position(start.Line, start.Character), new Position(end.Line, end.Character))
            : new Protocol.Range(new Position(start.Line, 0), new Position(end.Line + 1, 0));

    public static Protocol.TextEdit ToTextEdit(this CoreTextEdit edit, SourceText text, PositionEncoding encoding) =>
        new(encoding.ToRange(text, edit.Span), edit.NewText);

    public static WorkspaceEdit ToWorkspaceEdit(this CodeFix fix, string uri, SourceText text, PositionEncoding encoding) =>
        new(new Dictionary<string, Protocol.TextEdit[]> { [uri] = fix.Edits.Select(e => e.ToTextEdit(text, encoding)).ToArray() });

    public static CompletionItem ToCompletionItem(this CompletionCandidate candidate, SourceText text, PositionEncoding encoding) => new(
        candidate.Label,
        candidate.Kind switch
        {
            CompletionKind.Value => 20, // EnumMember
            CompletionKind.Field => 5, // Field
            CompletionKind.Section => 15, // Snippet: it inserts the section's template
            _ => 12, // Value
        },
        candidate.Detail,
        candidate.Documentation is null ? null : new MarkupContent("markdown", candidate.Documentation),
        candidate.SortText,
        candidate.FilterText,
        new Protocol.TextEdit(encoding.ToRange(text, candidate.ReplaceSpan), candidate.InsertText),
        candidate.IsSnippet ? 2 : 1);

    public static DocumentSymbol ToSymbol(this OutlineNode node, SourceText text, PositionEncoding encoding) => new(
        node.Name,
        node.Detail,
        node.Kind switch { SymbolKindHint.Title => 1, SymbolKindHint.Section => 2, _ => 8 }, // File, Module, Field
        encoding.ToRange(text, node.Span),
        encoding.ToRange(text, node.SelectionSpan),
        node.Children.Select(c => c.ToSymbol(text, encoding)).ToArray());
}
