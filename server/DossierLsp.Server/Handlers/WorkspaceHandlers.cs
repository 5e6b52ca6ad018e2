using System.Text.Json;
using DossierLsp.Core.Config;
using DossierLsp.Core.Language;
using DossierLsp.Core.Analysis;
using DossierLsp.Server.Protocol;
using StreamJsonRpc;

namespace DossierLsp.Server.Handlers;

internal sealed partial class LspTarget
{
    [JsonRpcMethod("workspace/didChangeConfiguration")]
    public async Task DidChangeConfiguration(DidChangeConfigurationParams request)
    {
        if (server.Lifecycle.Accepts)
        {
            await server.RefreshSettingsAsync(request.Settings);
        }
    }

    [JsonRpcMethod("workspace/didChangeWatchedFiles")]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams request)
    {
        if (server.Lifecycle.Accepts && request.Changes.Any(c => c.Uri.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || c.Uri.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)))
        {
            server.Workspace.InvalidateConfiguration();
            server.RevalidateAll();
        }
    }

    [JsonRpcMethod("workspace/executeCommand")]
    public async Task<object?> ExecuteCommand(ExecuteCommandParams request, CancellationToken cancellationToken)
    {
        server.Lifecycle.EnsureServing();
        if (request.Command != "dossier.setStatus" || request.Arguments is not [{ ValueKind: JsonValueKind.String } uri, { ValueKind: JsonValueKind.String } status])
        {
            throw new LocalRpcException($"unknown command or arguments: {request.Command}") { ErrorCode = Lifecycle.InvalidParams };
        }
        if (await DossierAsync("workspace/executeCommand", uri.GetString()!, cancellationToken) is not { } snapshot
            || DossierLanguageService.SetStatus(snapshot.Analysis, status.GetString()!, server.Today) is not { } fix)
        {
            throw new LocalRpcException($"cannot set status '{status.GetString()}' in {uri.GetString()}") { ErrorCode = Lifecycle.InvalidParams };
        }
        // The server never writes files: it asks the client to apply the edit.
        await server.Client.RequestAsync<ApplyWorkspaceEditParams, ApplyWorkspaceEditResult>("workspace/applyEdit",
            new ApplyWorkspaceEditParams(fix.Title, fix.ToWorkspaceEdit(snapshot.Uri, snapshot.Text, server.Encoding)), cancellationToken);
        return null;
    }

    [JsonRpcMethod("dossier/documentInfo")]
    public async Task<DocumentInfoResult> DocumentInfo(TextDocumentParams request, CancellationToken cancellationToken)
    {
        DocumentSnapshot? snapshot = await DossierAsync("dossier/documentInfo", request.TextDocument.Uri, cancellationToken);
        if (snapshot is null)
        {
            return new DocumentInfoResult(false, null, "empty", []);
        }
        DocumentInfo info = DossierLanguageService.Info(snapshot.Analysis);
        return new DocumentInfoResult(info.IsDossier, info.Status, info.StatusState.ToString().ToLowerInvariant(),
            info.Statuses.Select(s => new Protocol.StatusChoice(s.Value, s.Description)).ToArray());
    }

    [JsonRpcMethod("dossier/newDossier")]
    public NewDossierResult NewDossier(NewDossierParams request)
    {
        server.Lifecycle.EnsureServing();
        string root = LanguageServer.PathOf(server.RootUri ?? "") is { Length: > 0 } path ? path : Directory.GetCurrentDirectory();
        var schema = server.Workspace.DefaultSchemaFor(Path.Combine(root, "new.md"));
        NewDossierText created = DossierLanguageService.NewDossier(schema, request.Company.Trim(), request.Position.Trim());
        return new NewDossierResult(created.Text, created.Snippet);
    }
}
