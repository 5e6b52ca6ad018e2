using System.Text.Json;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Workspace;
using DossierLsp.Core.Language;
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
        if (request.Changes.Any(c => Indexing.WatchedFiles.KindOf(c.Uri) == Indexing.WatchedFileKind.IgnoreFile))
        {
            // A full pass reads the ignore files again, forgets the files now ignored (clearing their diagnostics) and
            // reads the ones no longer ignored; changed dossiers are read in it too.
            server.Indexer.IndexAll();
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
        switch (request.Command, request.Arguments)
        {
            case (Commands.SetStatus, [{ ValueKind: JsonValueKind.String } uri, { ValueKind: JsonValueKind.String } status]):
                await ApplyAsync(uri.GetString()!, analysis => DossierLanguageService.SetStatus(analysis, status.GetString()!, server.Today),
                    $"cannot set status '{status.GetString()}'", cancellationToken);
                return null;
            case (Commands.SetStatus, [{ ValueKind: JsonValueKind.String } uri]):
                if (await PickStatusAsync(uri.GetString()!, cancellationToken) is { } picked)
                {
                    await ApplyAsync(uri.GetString()!, analysis => DossierLanguageService.SetStatus(analysis, picked, server.Today), $"cannot set status '{picked}'", cancellationToken);
                }
                return null; // or the user dismissed the choice
            case (Commands.AddFollowUp, [{ ValueKind: JsonValueKind.String } uri]):
                await ApplyAsync(uri.GetString()!, analysis => DossierLanguageService.AddFollowUp(analysis, server.Today), "cannot add a follow-up", cancellationToken);
                return null;
            case (Commands.FixAll, [{ ValueKind: JsonValueKind.String } uri]):
                // Nothing to fix is not an error: the command simply has nothing to do.
                await ApplyAsync(uri.GetString()!, analysis => DossierLanguageService.FixAll(analysis, text => server.Analyze(uri.GetString()!, text)), null, cancellationToken);
                return null;
            case (Commands.ApplyEdit, [{ ValueKind: JsonValueKind.String } label, { ValueKind: JsonValueKind.Object } edit]):
                await RequestApplyEditAsync(new ApplyWorkspaceEditParams(label.GetString()!, edit.Deserialize(LspJsonContext.Default.WorkspaceEdit)!), cancellationToken);
                return null;
            case (Commands.ShowDocument, [{ ValueKind: JsonValueKind.String } uri, { ValueKind: JsonValueKind.Number } line, { ValueKind: JsonValueKind.Number } column]):
                var at = new Position(line.GetInt32(), column.GetInt32());
                await server.Client.RequestAsync<ShowDocumentParams, ShowDocumentResult>("window/showDocument",
                    new ShowDocumentParams(uri.GetString()!, External: null, TakeFocus: true, new Protocol.Range(at, at)), cancellationToken);
                return null;
            default:
                throw new LocalRpcException($"unknown command or arguments: {request.Command}") { ErrorCode = Lifecycle.InvalidParams };
        }
    }

    /// <summary>Computes an edit on the document's current snapshot and asks the client to apply it: the server never writes files.</summary>
    private async Task ApplyAsync(string uri, Func<DocumentAnalysis, CodeFix?> compute, string? failure, CancellationToken cancellationToken)
    {
        if (await DossierSnapshotAsync("workspace/executeCommand", uri, cancellationToken) is not { } snapshot || compute(snapshot.Analysis) is not { } fix)
        {
            if (failure is null)
            {
                return;
            }
            throw new LocalRpcException($"{failure} in {uri}") { ErrorCode = Lifecycle.InvalidParams };
        }
        await RequestApplyEditAsync(new ApplyWorkspaceEditParams(fix.Title, fix.ToWorkspaceEdit(snapshot.Uri, snapshot.Text, server.Encoding)), cancellationToken);
    }

    private async Task RequestApplyEditAsync(ApplyWorkspaceEditParams edit, CancellationToken cancellationToken)
    {
        if (!server.Features.ApplyEdit)
        {
            throw new LocalRpcException("the client does not declare workspace.applyEdit, so the server cannot change the document") { ErrorCode = Lifecycle.InvalidRequest };
        }
        await server.Client.RequestAsync<ApplyWorkspaceEditParams, ApplyWorkspaceEditResult>("workspace/applyEdit", edit, cancellationToken);
    }

    /// <summary>Asks the user for a status with <c>window/showMessageRequest</c>, which every LSP client can show.</summary>
    private async Task<string?> PickStatusAsync(string uri, CancellationToken cancellationToken)
    {
        if (await DossierSnapshotAsync("workspace/executeCommand", uri, cancellationToken) is not { } snapshot)
        {
            throw new LocalRpcException($"{uri} is not an open dossier") { ErrorCode = Lifecycle.InvalidParams };
        }
        DocumentInfo info = DossierLanguageService.Info(snapshot.Analysis);
        var question = new ShowMessageRequestParams(MessageType.Info, $"Set the status of {Path.GetFileName(LanguageServer.PathOf(uri))} (now {info.Status ?? "not set"}):",
            info.Statuses.Select(s => new MessageActionItem(s.Value)).ToArray());
        MessageActionItem? picked = await server.Client.RequestAsync<ShowMessageRequestParams, MessageActionItem?>("window/showMessageRequest", question, cancellationToken);
        return picked?.Title;
    }
}
