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
        DocumentSnapshot? snapshot = await DossierSnapshotAsync("dossier/documentInfo", request.TextDocument.Uri, cancellationToken);
        if (snapshot is null)
        {
            return new DocumentInfoResult(false, null, "empty", []);
        }
        return DossierLanguageService.Info(snapshot.Analysis).ToDocumentInfoResult();
    }

    [JsonRpcMethod("dossier/newDossier")]
    public NewDossierResult NewDossier(NewDossierParams request)
    {
        server.Lifecycle.EnsureServing();
        string root = LanguageServer.PathOf(server.RootUri ?? "") is { Length: > 0 } path ? path : Directory.GetCurrentDirectory();
        var schema = server.Workspace.SchemaForNewDossier(root);
        NewDossierText created = DossierLanguageService.NewDossier(schema, request.Company.Trim(), request.Position.Trim());
        return new NewDossierResult(created.Text, created.Snippet);
    }
}
