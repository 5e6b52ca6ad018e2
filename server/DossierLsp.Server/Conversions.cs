using System.Text.Json;
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

    public static Diagnostic ToDiagnostic(this Finding finding, SourceText text, ClientFeatures features) =>
        finding.ToDiagnostic(features.Encoding.ToRange(text, finding.Span), features);

    private static Diagnostic ToDiagnostic(this Finding finding, Protocol.Range range, ClientFeatures features) => new(
        range,
        finding.Severity switch { Severity.Error => 1, Severity.Warning => 2, _ => 3 },
        finding.RuleId,
        features.CodeDescription ? new CodeDescription($"{RulesDocumentation}#{finding.RuleId}") : null,
        Source,
        finding.Message);

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

    public static Protocol.TextEdit ToTextEdit(this CoreTextEdit edit, SourceText text, PositionEncoding encoding) =>
        new(encoding.ToRange(text, edit.Span), edit.NewText);

    public static WorkspaceEdit ToWorkspaceEdit(this CodeFix fix, string uri, SourceText text, PositionEncoding encoding) =>
        new(new Dictionary<string, Protocol.TextEdit[]> { [uri] = fix.Edits.Select(e => e.ToTextEdit(text, encoding)).ToArray() });

    /// <summary>Degrades to what the client declared: plain text for a client without snippets, allowed kinds only, plain documentation.</summary>
    public static CompletionItem ToCompletionItem(this CompletionCandidate candidate, SourceText text, ClientFeatures features)
    {
        bool snippet = candidate.IsSnippet && features.Snippets;
        return new CompletionItem(
            candidate.Label,
            candidate.Kind switch
            {
                CompletionKind.Value => features.CompletionKind(20, 12), // EnumMember, else Value
                CompletionKind.Field => features.CompletionKind(5, 10), // Field, else Property
                CompletionKind.Section => features.CompletionKind(snippet ? 15 : 1), // Snippet (it inserts a template)
                _ => features.CompletionKind(12), // Value
            },
            candidate.Detail,
            candidate.Documentation is null ? null : features.Markup(candidate.Documentation, features.CompletionDocumentationFormat),
            candidate.SortText,
            candidate.FilterText,
            new Protocol.TextEdit(features.Encoding.ToRange(text, candidate.ReplaceSpan), snippet || !candidate.IsSnippet ? candidate.InsertText : candidate.PlainText ?? candidate.InsertText),
            snippet ? 2 : 1,
            candidate.Preselect && features.Preselect ? true : null);
    }

    /// <summary>
    /// A code action literal for a client that takes them; else a command that comes back through
    /// <c>workspace/executeCommand</c>; null when the client could do nothing with it (no applyEdit, no showDocument).
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
        return new CodeAction(item.Fix.Title, CodeActionKinds.Of(item), diagnostics, item.Fix.IsPreferred ? true : null, edit, command);
    }

    private static JsonElement Json(string value) => JsonSerializer.SerializeToElement(value, LspJsonContext.Default.String);

    private static JsonElement Json(int value) => JsonSerializer.SerializeToElement(value, LspJsonContext.Default.Int32);

    public static DocumentSymbol ToSymbol(this OutlineNode node, SourceText text, PositionEncoding encoding) => new(
        node.Name,
        node.Detail,
        node.Kind switch { SymbolKindHint.Title => 1, SymbolKindHint.Section => 2, _ => 8 }, // File, Module, Field
        encoding.ToRange(text, node.Span),
        encoding.ToRange(text, node.SelectionSpan),
        node.Children.Select(c => c.ToSymbol(text, encoding)).ToArray());
}
