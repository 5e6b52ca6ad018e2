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
        if (await DossierSnapshotAsync("textDocument/completion", request.TextDocument.Uri, cancellationToken) is not { } snapshot)
        {
            return new CompletionList(false, []);
        }
        int offset = server.Encoding.ToOffset(snapshot.Text, request.Position);
        var items = DossierLanguageService.Complete(snapshot.Analysis, offset, server.Today)
            .Select(c => c.ToCompletionItem(snapshot.Text, server.Encoding))
            .ToArray();
        return UnlessModified(snapshot, new CompletionList(false, items));
    }

    [JsonRpcMethod("textDocument/hover")]
    public async Task<Hover?> Hover(TextDocumentPositionParams request, CancellationToken cancellationToken)
    {
        if (await DossierSnapshotAsync("textDocument/hover", request.TextDocument.Uri, cancellationToken) is not { } snapshot)
        {
            return null;
        }
        HoverInfo? hover = DossierLanguageService.Hover(snapshot.Analysis, server.Encoding.ToOffset(snapshot.Text, request.Position));
        return UnlessModified(snapshot, hover?.ToHover(snapshot.Text, server.Encoding));
    }

    [JsonRpcMethod("textDocument/codeAction")]
    public async Task<CodeAction[]> CodeAction(CodeActionParams request, CancellationToken cancellationToken)
    {
        if (await DossierSnapshotAsync("textDocument/codeAction", request.TextDocument.Uri, cancellationToken) is not { } snapshot)
        {
            return [];
        }
        TextSpan range = server.Encoding.ToSpan(snapshot.Text, request.Range);
        string[]? only = request.Context?.Only;
        return UnlessModified(snapshot, DossierLanguageService.CodeActions(snapshot.Analysis, range, server.Today)
            .Where(fix => only is not { Length: > 0 } || only.Any(o => fix.Kind.ToCodeActionKind().StartsWith(o, StringComparison.Ordinal)))
            .Select(fix => fix.ToCodeAction(snapshot.Analysis.Findings, snapshot.Uri, snapshot.Text, server.Encoding))
            .ToArray());
    }

    [JsonRpcMethod("textDocument/documentSymbol")]
    public async Task<DocumentSymbol[]> DocumentSymbol(TextDocumentParams request, CancellationToken cancellationToken) =>
        await DossierSnapshotAsync("textDocument/documentSymbol", request.TextDocument.Uri, cancellationToken) is { } snapshot
            ? UnlessModified(snapshot, DossierLanguageService.Outline(snapshot.Analysis).Select(n => n.ToSymbol(snapshot.Text, server.Encoding)).ToArray())
            : [];

    [JsonRpcMethod("textDocument/foldingRange")]
    public async Task<FoldingRange[]> FoldingRange(TextDocumentParams request, CancellationToken cancellationToken) =>
        await DossierSnapshotAsync("textDocument/foldingRange", request.TextDocument.Uri, cancellationToken) is { } snapshot
            ? UnlessModified(snapshot, DossierLanguageService.Folding(snapshot.Analysis).Select(f => f.ToFoldingRange()).ToArray())
            : [];

    [JsonRpcMethod("textDocument/inlayHint")]
    public async Task<InlayHint[]> InlayHint(RangeParams request, CancellationToken cancellationToken)
    {
        if (await DossierSnapshotAsync("textDocument/inlayHint", request.TextDocument.Uri, cancellationToken) is not { } snapshot)
        {
            return [];
        }
        TextSpan range = server.Encoding.ToSpan(snapshot.Text, request.Range);
        return UnlessModified(snapshot, DossierLanguageService.InlayHints(snapshot.Analysis, range)
            .Select(h => h.ToInlayHint(snapshot.Text, server.Encoding))
            .ToArray());
    }
}
