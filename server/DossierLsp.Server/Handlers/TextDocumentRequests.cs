using DossierLsp.Core.Analysis;
using DossierLsp.Core.Language;
using DossierLsp.Core.Text;
using DossierLsp.Server.Protocol;
using StreamJsonRpc;

namespace DossierLsp.Server.Handlers;

/// <summary>The textDocument/* requests for editor features.</summary>
internal sealed partial class LspTarget
{
    [JsonRpcMethod("textDocument/completion")]
    public async Task<CompletionList> Completion(TextDocumentPositionParams request, CancellationToken cancellationToken)
    {
        if (await DossierAsync("textDocument/completion", request.TextDocument.Uri, cancellationToken) is not { } snapshot)
        {
            return new CompletionList(false, []);
        }
        int offset = server.Encoding.ToOffset(snapshot.Text, request.Position);
        var items = DossierLanguageService.Complete(snapshot.Analysis, offset, server.Today)
            .Select(c => c.ToCompletionItem(snapshot.Text, server.Encoding))
            .ToArray();
        return Current(snapshot, new CompletionList(false, items));
    }

    [JsonRpcMethod("textDocument/hover")]
    public async Task<Hover?> Hover(TextDocumentPositionParams request, CancellationToken cancellationToken)
    {
        if (await DossierAsync("textDocument/hover", request.TextDocument.Uri, cancellationToken) is not { } snapshot)
        {
            return null;
        }
        HoverInfo? hover = DossierLanguageService.Hover(snapshot.Analysis, server.Encoding.ToOffset(snapshot.Text, request.Position));
        return Current(snapshot, hover is null ? null : new Hover(new MarkupContent("markdown", hover.Markdown), server.Encoding.ToRange(snapshot.Text, hover.Span)));
    }

    [JsonRpcMethod("textDocument/codeAction")]
    public async Task<CodeAction[]> CodeAction(CodeActionParams request, CancellationToken cancellationToken)
    {
        if (await DossierAsync("textDocument/codeAction", request.TextDocument.Uri, cancellationToken) is not { } snapshot)
        {
            return [];
        }
        TextSpan range = server.Encoding.ToSpan(snapshot.Text, request.Range);
        string[]? only = request.Context?.Only;
        var actions = new List<CodeAction>();
        foreach (CodeFix fix in DossierLanguageService.CodeActions(snapshot.Analysis, range, server.Today))
        {
            string kind = fix.Kind == FixKind.Source ? "source" : "quickfix";
            if (only is { Length: > 0 } && !only.Any(o => kind.StartsWith(o, StringComparison.Ordinal)))
            {
                continue;
            }
            // Attach the diagnostics this fix resolves: those of the client's context whose finding carries the fix.
            Diagnostic[]? fixes = fix.Kind == FixKind.QuickFix
                ? snapshot.Analysis.Findings.Where(f => f.Fixes.Contains(fix)).Select(f => f.ToDiagnostic(snapshot.Text, server.Encoding)).ToArray()
                : null;
            actions.Add(new CodeAction(fix.Title, kind, fixes, fix.IsPreferred ? true : null, fix.ToWorkspaceEdit(snapshot.Uri, snapshot.Text, server.Encoding)));
        }
        return Current(snapshot, actions.ToArray());
    }

    [JsonRpcMethod("textDocument/documentSymbol")]
    public async Task<DocumentSymbol[]> DocumentSymbol(TextDocumentParams request, CancellationToken cancellationToken) =>
        await DossierAsync("textDocument/documentSymbol", request.TextDocument.Uri, cancellationToken) is { } snapshot
            ? Current(snapshot, DossierLanguageService.Outline(snapshot.Analysis).Select(n => n.ToSymbol(snapshot.Text, server.Encoding)).ToArray())
            : [];

    [JsonRpcMethod("textDocument/foldingRange")]
    public async Task<FoldingRange[]> FoldingRange(TextDocumentParams request, CancellationToken cancellationToken) =>
        await DossierAsync("textDocument/foldingRange", request.TextDocument.Uri, cancellationToken) is { } snapshot
            ? Current(snapshot, DossierLanguageService.Folding(snapshot.Analysis).Select(f => new FoldingRange(f.StartLine, f.EndLine, "region")).ToArray())
            : [];

    [JsonRpcMethod("textDocument/inlayHint")]
    public async Task<InlayHint[]> InlayHint(RangeParams request, CancellationToken cancellationToken)
    {
        if (await DossierAsync("textDocument/inlayHint", request.TextDocument.Uri, cancellationToken) is not { } snapshot)
        {
            return [];
        }
        TextSpan range = server.Encoding.ToSpan(snapshot.Text, request.Range);
        return Current(snapshot, DossierLanguageService.InlayHints(snapshot.Analysis, range)
            .Select(h => new InlayHint(server.Encoding.ToPosition(snapshot.Text, h.Offset), h.Label, PaddingLeft: true))
            .ToArray());
    }
}
