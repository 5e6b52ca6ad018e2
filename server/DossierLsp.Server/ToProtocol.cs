using DossierLsp.Core.Analysis;
using DossierLsp.Core.Rules;
using DossierLsp.Core.Language;
using DossierLsp.Core.Text;
using DossierLsp.Server.Protocol;
using TextEdit = DossierLsp.Core.Analysis.TextEdit;

namespace DossierLsp.Server;

/// <summary>
/// Every core value → LSP shape, in one place. Positions go through the negotiated <see cref="PositionEncoding"/>.
/// Protocol records that share a name with a core type (<c>TextEdit</c>, <c>StatusChoice</c>) are written <c>Protocol.X</c>.
/// </summary>
internal static class ToProtocol
{
    public const string ConfigDocumentation = RuleDocs.Documentation + "CONFIG.md";
    public const string Source = "dossier";
    /// <summary>The diagnostic code of a problem in a config, profile or schema file.</summary>
    public const string ConfigCode = "config";

    public static Diagnostic ToDiagnostic(this Finding finding, SourceText text, PositionEncoding encoding) =>
        finding.ToDiagnostic(encoding.ToRange(text, finding.Span));

    private static Diagnostic ToDiagnostic(this Finding finding, Protocol.Range range) => new(
        range,
        finding.Severity switch { Severity.Error => DiagnosticSeverity.Error, Severity.Warning => DiagnosticSeverity.Warning, _ => DiagnosticSeverity.Information },
        finding.RuleId,
        new CodeDescription(RuleDocs.Link(finding.RuleId)),
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

    /// <summary>
    /// A config problem as a diagnostic on its file. The error's line and column are 1-based, the column in UTF-16
    /// units; with the file's <paramref name="text"/> they become a position in the negotiated encoding, without it
    /// (the file could not be read again) they are passed on as they are.
    /// </summary>
    public static Diagnostic ToDiagnostic(this ConfigError error, SourceText? text, PositionEncoding encoding)
    {
        var at = new LinePosition(Math.Max(0, error.Line - 1), Math.Max(0, error.Column - 1));
        Position position = text is null || at.Line >= text.LineCount
            ? new Position(at.Line, at.Character)
            : encoding.ToPosition(text, text.GetOffset(at));
        return new Diagnostic(new Protocol.Range(position, position), DiagnosticSeverity.Error, ConfigCode, new CodeDescription(ConfigDocumentation), Source, error.Message);
    }

    public static Protocol.TextEdit ToTextEdit(this TextEdit edit, SourceText text, PositionEncoding encoding) =>
        new(encoding.ToRange(text, edit.Span), edit.NewText);

    public static WorkspaceEdit ToWorkspaceEdit(this CodeFix fix, string uri, SourceText text, PositionEncoding encoding) =>
        new(new Dictionary<string, Protocol.TextEdit[]> { [uri] = fix.Edits.Select(e => e.ToTextEdit(text, encoding)).ToArray() });

    public static string ToCodeActionKind(this FixKind kind) => kind == FixKind.Source ? CodeActionKind.Source : CodeActionKind.QuickFix;

    /// <summary>
    /// A code action for <paramref name="fix"/>; a quick fix carries the diagnostics of the findings it resolves, so the
    /// client can show it beside them.
    /// </summary>
    public static CodeAction ToCodeAction(this CodeFix fix, IEnumerable<Finding> findings, string uri, SourceText text, PositionEncoding encoding)
    {
        Diagnostic[]? resolves = fix.Kind == FixKind.QuickFix
            ? findings.Where(f => f.Fixes.Contains(fix)).Select(f => f.ToDiagnostic(text, encoding)).ToArray()
            : null;
        return new CodeAction(fix.Title, fix.Kind.ToCodeActionKind(), resolves, fix.IsPreferred ? true : null, fix.ToWorkspaceEdit(uri, text, encoding));
    }

    public static CompletionItem ToCompletionItem(this CompletionCandidate candidate, SourceText text, PositionEncoding encoding) => new(
        candidate.Label,
        candidate.Kind switch
        {
            CompletionKind.Value => CompletionItemKind.EnumMember,
            CompletionKind.Field => CompletionItemKind.Field,
            CompletionKind.Section => CompletionItemKind.Snippet, // it inserts the section's template
            _ => CompletionItemKind.Value,
        },
        candidate.Detail,
        candidate.Documentation is null ? null : new MarkupContent(MarkupKind.Markdown, candidate.Documentation),
        candidate.SortText,
        candidate.FilterText,
        new Protocol.TextEdit(encoding.ToRange(text, candidate.ReplaceSpan), candidate.InsertText),
        candidate.IsSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText);

    public static Hover ToHover(this HoverInfo hover, SourceText text, PositionEncoding encoding) =>
        new(new MarkupContent(MarkupKind.Markdown, hover.Markdown), encoding.ToRange(text, hover.Span));

    public static DocumentSymbol ToSymbol(this OutlineNode node, SourceText text, PositionEncoding encoding) => new(
        node.Name,
        node.Detail,
        node.Kind switch { SymbolKindHint.Title => SymbolKind.File, SymbolKindHint.Section => SymbolKind.Module, _ => SymbolKind.Field },
        encoding.ToRange(text, node.Span),
        encoding.ToRange(text, node.SelectionSpan),
        node.Children.Select(c => c.ToSymbol(text, encoding)).ToArray());

    public static FoldingRange ToFoldingRange(this FoldingSpan span) => new(span.StartLine, span.EndLine, FoldingRangeKind.Region);

    public static InlayHint ToInlayHint(this InlayHintInfo hint, SourceText text, PositionEncoding encoding) =>
        new(encoding.ToPosition(text, hint.Offset), hint.Label, PaddingLeft: true);

    public static DocumentInfoResult ToDocumentInfoResult(this DocumentInfo info) => new(
        info.IsDossier,
        info.Status,
        info.StatusState.ToString().ToLowerInvariant(),
        info.Statuses.Select(s => new Protocol.StatusChoice(s.Value, s.Description)).ToArray());
}
