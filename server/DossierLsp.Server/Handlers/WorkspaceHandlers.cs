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
        switch (request.Command, request.Arguments)
        {
            case (Commands.SetStatus, [{ ValueKind: JsonValueKind.String } uri, { ValueKind: JsonValueKind.String } status]):
                await ApplyAsync(uri.GetString()!, analysis => DossierLanguageService.SetStatus(analysis, status.GetString()!, server.Today),
                    $"cannot set status '{status.GetString()}'", cancellationToken);
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
        if (await DossierAsync("workspace/executeCommand", uri, cancellationToken) is not { } snapshot || compute(snapshot.Analysis) is not { } fix)
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
}
