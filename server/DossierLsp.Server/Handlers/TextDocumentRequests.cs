using DossierLsp.Core.Analysis;
using DossierLsp.Core.Language;
using DossierLsp.Core.Language.ConfigFile;
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
        if (await DossierSnapshotAsync("textDocument/completion", request.TextDocument.Uri, cancellationToken, orConfigFile: true) is not { } snapshot)
        {
            return new CompletionList(false, []);
        }
        int offset = server.Encoding.ToOffset(snapshot.Text, request.Position);
        var items = (ConfigKindOf(snapshot) is { } kind ? ConfigFileService.Complete(snapshot.Text, offset, kind) : DossierLanguageService.Complete(snapshot.Analysis, offset, server.Today))
            .Select(c => c.ToCompletionItem(snapshot.Text, server.Features))
            .ToArray();
        return UnlessModified(snapshot, new CompletionList(false, items));
    }

    [JsonRpcMethod("textDocument/hover")]
    public async Task<Hover?> Hover(TextDocumentPositionParams request, CancellationToken cancellationToken)
    {
        if (await DossierSnapshotAsync("textDocument/hover", request.TextDocument.Uri, cancellationToken, orConfigFile: true) is not { } snapshot)
        {
            return null;
        }
        int offset = server.Encoding.ToOffset(snapshot.Text, request.Position);
        HoverInfo? hover = ConfigKindOf(snapshot) is { } kind
            ? ConfigFileService.Hover(snapshot.Text, offset, server.Workspace.ConfigurationFor(LanguageServer.PathOf(snapshot.Uri)), kind)
            : DossierLanguageService.Hover(snapshot.Analysis, offset);
        return UnlessModified(snapshot, hover?.ToHover(snapshot.Text, server.Features));
    }

    /// <summary>Code action literals, or (for a client without them) commands that come back through executeCommand.</summary>
    [JsonRpcMethod("textDocument/codeAction")]
    public async Task<object[]> CodeAction(CodeActionParams request, CancellationToken cancellationToken)
    {
        if (await DossierSnapshotAsync("textDocument/codeAction", request.TextDocument.Uri, cancellationToken, orConfigFile: true) is not { } snapshot)
        {
            return [];
        }
        TextSpan range = server.Encoding.ToSpan(snapshot.Text, request.Range);
        string[]? only = request.Context?.Only;
        ConfigFileKind? configKind = ConfigKindOf(snapshot);
        bool isConfig = configKind is not null;
        var items = (configKind is { } kind ? ConfigFileService.CodeActions(snapshot.Text, range, kind) : DossierLanguageService.CodeActions(snapshot.Analysis, range, server.Today)).ToList();
        // Fix All re-lints until nothing is left to fix: computed only when asked for (on save, or the Source Action menu).
        if (!isConfig && only?.Any(o => CodeActionKind.Includes(o, CodeActionKind.FixAllDossier)) == true
            && DossierLanguageService.FixAll(snapshot.Analysis, text => server.Analyze(snapshot.Uri, text)) is { } fixAll)
        {
            items.Add(new CodeActionItem(fixAll, []));
        }
        return UnlessModified(snapshot, items
            .Where(item => only is not { Length: > 0 } || only.Any(o => CodeActionKind.Includes(o, item.Fix.Kind.ToCodeActionKind())))
            .Select(item => item.ToCodeActionOrCommand(snapshot.Uri, snapshot.Text, server.Features))
            .OfType<object>()
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
