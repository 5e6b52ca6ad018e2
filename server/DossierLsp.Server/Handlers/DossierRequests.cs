using DossierLsp.Core.Language;
using DossierLsp.Server.Protocol;
using StreamJsonRpc;

namespace DossierLsp.Server.Handlers;

/// <summary>The dossier/* requests the VS Code extension sends beyond LSP.</summary>
internal sealed partial class LspTarget
{
    [JsonRpcMethod("dossier/documentInfo")]
    public async Task<DocumentInfoResult> DocumentInfo(TextDocumentParams request, CancellationToken cancellationToken)
    {
        DocumentSnapshot? snapshot = await DossierAsync("dossier/documentInfo", request.TextDocument.Uri, cancellationToken);
        if (snapshot is null)
        {
            return new DocumentInfoResult(false, null, []);
        }
        DocumentInfo info = DossierLanguageService.Info(snapshot.Analysis);
        return new DocumentInfoResult(info.IsDossier, info.Status, info.Statuses.Select(s => new Protocol.StatusChoice(s.Value, s.Description)).ToArray());
    }

    [JsonRpcMethod("dossier/newDossier")]
    public NewDossierResult NewDossier(NewDossierParams request)
    {
        server.Lifecycle.EnsureServing();
        string root = LanguageServer.PathOf(server.RootUri ?? "") is { Length: > 0 } path ? path : Directory.GetCurrentDirectory();
        var schema = server.Workspace.DefaultSchemaFor(Path.Combine(root, "new.md"));
        return new NewDossierResult(DossierLanguageService.NewDossier(schema, request.Company.Trim(), request.Position.Trim(), server.Today));
    }
}
