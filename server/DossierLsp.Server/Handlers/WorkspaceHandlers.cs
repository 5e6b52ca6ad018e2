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
        if (!server.Lifecycle.Accepts)
        {
            return;
        }
        if (request.Changes.Any(c => Indexing.WatchedFiles.KindOf(c.Uri) == Indexing.WatchedFileKind.Configuration))
        {
            // Every dossier may read the changed config or schema: all of them are checked again.
            server.Workspace.InvalidateConfiguration();
            server.RevalidateAll();
            return;
        }
        foreach (FileEvent change in request.Changes.Where(c => Indexing.WatchedFiles.KindOf(c.Uri) == Indexing.WatchedFileKind.Dossier))
        {
            server.Indexer.Reread(LanguageServer.PathOf(change.Uri));
        }
    }

    [JsonRpcMethod("workspace/didChangeWorkspaceFolders")]
    public void DidChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams request)
    {
        if (server.Lifecycle.Accepts)
        {
            string[] removed = FolderPathsOf(request.Event.Removed);
            server.FolderPaths = server.FolderPaths.Except(removed).Union(FolderPathsOf(request.Event.Added)).ToArray();
            server.Indexer.IndexAll();
        }
    }

    private static string[] FolderPathsOf(IEnumerable<WorkspaceFolder> folders) =>
        folders.Select(f => LanguageServer.PathOf(f.Uri)).Where(p => p.Length > 0).Distinct().ToArray();

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
