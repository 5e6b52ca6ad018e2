using System.Text.Json;
using DossierLsp.Core.Language;
using DossierLsp.Core.Workspace;
using DossierLsp.Server.Protocol;
using StreamJsonRpc;

namespace DossierLsp.Server.Handlers;

/// <summary>The workspace/* notifications and requests.</summary>
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

    /// <summary>
    /// <c>dossier.setStatus [uri, status]</c>, <c>dossier.setStatus [uri]</c> (the user picks the status) and
    /// <c>dossier.addFollowUp [uri]</c>. The server never writes files: it asks the client to apply the edit.
    /// </summary>
    [JsonRpcMethod("workspace/executeCommand")]
    public async Task<object?> ExecuteCommand(ExecuteCommandParams request, CancellationToken cancellationToken)
    {
        server.Lifecycle.EnsureServing();
        if (request.Command is not (SetStatusCommand or AddFollowUpCommand) || request.Arguments is not [{ ValueKind: JsonValueKind.String } uriArgument, .. var rest])
        {
            throw new LocalRpcException($"unknown command or arguments: {request.Command}") { ErrorCode = Lifecycle.InvalidParams };
        }
        string uri = uriArgument.GetString()!;
        string? status = rest is [{ ValueKind: JsonValueKind.String } given] ? given.GetString() : null;
        if (request.Command == SetStatusCommand && status is null && (status = await PickStatusAsync(uri, cancellationToken)) is null)
        {
            return null; // the user dismissed the choice
        }
        if (await DossierSnapshotAsync("workspace/executeCommand", uri, cancellationToken) is not { } snapshot
            || (status is null ? DossierLanguageService.AddFollowUp(snapshot.Analysis, server.Today) : DossierLanguageService.SetStatus(snapshot.Analysis, status, server.Today)) is not { } fix)
        {
            throw new LocalRpcException($"cannot run {request.Command} on {uri}") { ErrorCode = Lifecycle.InvalidParams };
        }
        await server.Client.RequestAsync<ApplyWorkspaceEditParams, ApplyWorkspaceEditResult>("workspace/applyEdit",
            new ApplyWorkspaceEditParams(fix.Title, fix.ToWorkspaceEdit(snapshot.Uri, snapshot.Text, server.Encoding)), cancellationToken);
        return null;
    }

    /// <summary>Asks the user for a status with <c>window/showMessageRequest</c>, which every LSP client can show.</summary>
    private async Task<string?> PickStatusAsync(string uri, CancellationToken cancellationToken)
    {
        if (await DossierSnapshotAsync("workspace/executeCommand", uri, cancellationToken) is not { } snapshot)
        {
            throw new LocalRpcException($"{uri} is not an open dossier") { ErrorCode = Lifecycle.InvalidParams };
        }
        DocumentInfo info = DossierLanguageService.Info(snapshot.Analysis);
        var question = new ShowMessageRequestParams(3, $"Set the status of {Path.GetFileName(LanguageServer.PathOf(uri))} (now {info.Status ?? "not set"}):",
            info.Statuses.Select(s => new MessageActionItem(s.Value)).ToArray());
        MessageActionItem? picked = await server.Client.RequestAsync<ShowMessageRequestParams, MessageActionItem?>("window/showMessageRequest", question, cancellationToken);
        return picked?.Title;
    }
}
