using System.Text.Json;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Rules;
using DossierLsp.Core.Language;
using DossierLsp.Core.Text;
using DossierLsp.Server.Hosting;
using DossierLsp.Server.Protocol;
using TextEdit = DossierLsp.Core.Analysis.TextEdit;

namespace DossierLsp.Server;

/// <summary>
/// Every core value → LSP shape, in one place. Positions go through the negotiated <see cref="PositionEncoding"/>.
/// Protocol records that share a name with a core type (<c>TextEdit</c>, <c>StatusChoice</c>) are written <c>Protocol.X</c>.
/// </summary>
internal static class ToProtocol
{
    public static readonly string ConfigDocumentation = RuleDocs.Documentation + "CONFIG.md";
    public const string Source = "dossier";
    /// <summary>The diagnostic code of a problem in a config, profile or schema file.</summary>
    public const string ConfigCode = "config";

    public static Diagnostic ToDiagnostic(this Finding finding, SourceText text, ClientFeatures features) =>
        finding.ToDiagnostic(features.Encoding.ToRange(text, finding.Span), features);

    private static Diagnostic ToDiagnostic(this Finding finding, Protocol.Range range, ClientFeatures features) => new(
        range,
        finding.Severity switch { Severity.Error => DiagnosticSeverity.Error, Severity.Warning => DiagnosticSeverity.Warning, _ => DiagnosticSeverity.Information },
        finding.RuleId,
        features.CodeDescription ? new CodeDescription(RuleDocs.Link(finding.RuleId)) : null,
        Source,
        finding.Message);

    /// <summary>A file the bounded reader refused (too large, not a regular file, not UTF-8), at the place the reader names.</summary>
    public static Diagnostic ToUnreadableDiagnostic(this TextDecoding.Decoded refused, ClientFeatures features)
    {
        var at = new Position(Math.Max(0, refused.ErrorLine - 1), Math.Max(0, refused.ErrorColumn - 1));
        return NonRuleFindings.FileUnreadable.At(default, refused.Error ?? "the file cannot be read").ToDiagnostic(new Protocol.Range(at, at), features);
    }

    /// <summary>
    /// A cross-dossier finding. With the dossier's text its span is exact in any encoding; without it (a file that is not
    /// open) the core's UTF-16 line/column is used, widened to whole lines for a UTF-8 client.
    /// </summary>
    public static Diagnostic ToDiagnostic(this WorkspaceFinding finding, SourceText? text, ClientFeatures features, Func<string, string> uriOf)
    {
        PositionEncoding encoding = features.Encoding;
        Diagnostic diagnostic = text is null
            ? finding.Finding.ToDiagnostic(ToRange(finding.Start, finding.End, encoding), features)
            : finding.Finding.ToDiagnostic(text, features);
        return features.RelatedInformation && finding.Finding.Related.Count > 0
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
    public static Diagnostic ToDiagnostic(this ConfigError error, SourceText? text, ClientFeatures features)
    {
        PositionEncoding encoding = features.Encoding;
        var at = new LinePosition(Math.Max(0, error.Line - 1), Math.Max(0, error.Column - 1));
        Position position = text is null || at.Line >= text.LineCount
            ? new Position(at.Line, at.Character)
            : encoding.ToPosition(text, text.GetOffset(at));
        return new Diagnostic(new Protocol.Range(position, position), DiagnosticSeverity.Error, ConfigCode,
            features.CodeDescription ? new CodeDescription(ConfigDocumentation) : null, Source, error.Message);
    }

    public static Protocol.TextEdit ToTextEdit(this TextEdit edit, SourceText text, PositionEncoding encoding) =>
        new(encoding.ToRange(text, edit.Span), edit.NewText);

    public static WorkspaceEdit ToWorkspaceEdit(this CodeFix fix, string uri, SourceText text, PositionEncoding encoding) =>
        new(new Dictionary<string, Protocol.TextEdit[]> { [uri] = fix.Edits.Select(e => e.ToTextEdit(text, encoding)).ToArray() });

    public static string ToCodeActionKind(this FixKind kind) => kind switch
    {
        FixKind.Source => CodeActionKind.Source,
        FixKind.FixAll => CodeActionKind.FixAllDossier,
        _ => CodeActionKind.QuickFix,
    };

    /// <summary>
    /// A code action literal for a client that takes them; else a command that comes back through
    /// <c>workspace/executeCommand</c>; null when the client could do nothing with it (no applyEdit, no showDocument).
    /// A quick fix carries the diagnostics of the findings it resolves, so the client can show it beside them.
    /// </summary>
    public static object? ToCodeActionOrCommand(this CodeActionItem item, string uri, SourceText text, ClientFeatures features)
    {
        Command? command = item.Open is { } open
            ? features.ShowDocument ? new Command(item.Fix.Title, Commands.ShowDocument, [Json(LanguageServer.UriOf(open.Path)), Json(open.Line), Json(open.Column)]) : null
            : features.CodeActionLiterals ? null
            : features.ApplyEdit ? new Command(item.Fix.Title, Commands.ApplyEdit, [Json(item.Fix.Title), JsonSerializer.SerializeToElement(item.Fix.ToWorkspaceEdit(uri, text, features.Encoding), LspJsonContext.Default.WorkspaceEdit)]) : null;
        if (!features.CodeActionLiterals || (item.Open is not null && command is null))
        {
            return command;
        }
        Diagnostic[]? diagnostics = item.Findings.Count > 0 ? item.Findings.Select(f => f.ToDiagnostic(text, features)).ToArray() : null;
        WorkspaceEdit? edit = item.Open is null ? item.Fix.ToWorkspaceEdit(uri, text, features.Encoding) : null;
        return new CodeAction(item.Fix.Title, item.Fix.Kind.ToCodeActionKind(), diagnostics, item.Fix.IsPreferred ? true : null, edit, command);
    }

    private static JsonElement Json(string value) => JsonSerializer.SerializeToElement(value, LspJsonContext.Default.String);

    private static JsonElement Json(int value) => JsonSerializer.SerializeToElement(value, LspJsonContext.Default.Int32);

    /// <summary>Degrades to what the client declared: plain text for a client without snippets, allowed kinds only, plain documentation.</summary>
    public static CompletionItem ToCompletionItem(this CompletionCandidate candidate, SourceText text, ClientFeatures features)
    {
        bool snippet = candidate.IsSnippet && features.Snippets;
        return new CompletionItem(
            candidate.Label,
            candidate.Kind switch
            {
                CompletionKind.Value => features.CompletionKind(CompletionItemKind.EnumMember, CompletionItemKind.Value),
                CompletionKind.Field => features.CompletionKind(CompletionItemKind.Field, CompletionItemKind.Property),
                // A section inserts its template: a snippet when the client expands snippets.
                CompletionKind.Section => features.CompletionKind(snippet ? CompletionItemKind.Snippet : CompletionItemKind.Text),
                _ => features.CompletionKind(CompletionItemKind.Value),
            },
            candidate.Detail,
            candidate.Documentation is null ? null : features.Markup(candidate.Documentation, features.CompletionDocumentationFormat),
            candidate.SortText,
            candidate.FilterText,
            new Protocol.TextEdit(features.Encoding.ToRange(text, candidate.ReplaceSpan), snippet || !candidate.IsSnippet ? candidate.InsertText : candidate.PlainText ?? candidate.InsertText),
            snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
            candidate.Preselect && features.Preselect ? true : null);
    }

    public static Hover ToHover(this HoverInfo hover, SourceText text, ClientFeatures features) =>
        new(features.Markup(hover.Markdown, features.HoverFormat), features.Encoding.ToRange(text, hover.Span));

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
