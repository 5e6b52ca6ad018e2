using System.Text.Json;
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
}
