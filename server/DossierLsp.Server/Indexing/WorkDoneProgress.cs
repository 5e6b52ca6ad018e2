using System.Text.Json;
using DossierLsp.Server.Protocol;
using StreamJsonRpc;

namespace DossierLsp.Server.Indexing;

/// <summary>
/// Server-initiated work-done progress ("Indexing dossiers 120/900"), for clients that declare
/// <c>window.workDoneProgress</c>. A client that refuses the token, or never declared support, simply sees nothing.
/// </summary>
internal sealed class WorkDoneProgress
{
    private readonly ClientChannel _client;
    private readonly JsonElement _token;
    private int _lastPercentage = -1;

    private WorkDoneProgress(ClientChannel client, string token)
    {
        _client = client;
        _token = JsonSerializer.SerializeToElement(token, LspJsonContext.Default.String);
    }

    /// <summary>A progress the client accepted, or null.</summary>
    public static async Task<WorkDoneProgress?> CreateAsync(LanguageServer server, string token)
    {
        if (server.Capabilities?.Window?.WorkDoneProgress != true)
        {
            return null;
        }
        try
        {
            await server.Client.RequestAsync<WorkDoneProgressCreateParams, object?>("window/workDoneProgress/create", new WorkDoneProgressCreateParams(token));
            return new WorkDoneProgress(server.Client, token);
        }
        catch (RemoteInvocationException e)
        {
            await server.LogAsync(TraceLevel.Messages, $"the client refused a progress token: {e.Message}");
            return null;
        }
    }

    public Task BeginAsync(string title, int total) =>
        SendAsync(new WorkDoneProgressValue("begin", title, $"0/{total}", 0, Cancellable: false));

    /// <summary>Sends "done/total" when the whole percentage moved, so a big workspace costs at most 100 reports.</summary>
    public Task ReportAsync(int done, int total)
    {
        int percentage = total == 0 ? 100 : (int)(100L * done / total);
        if (percentage == _lastPercentage)
        {
            return Task.CompletedTask;
        }
        _lastPercentage = percentage;
        return SendAsync(new WorkDoneProgressValue("report", Message: $"{done}/{total}", Percentage: percentage));
    }

    public Task EndAsync(string message) => SendAsync(new WorkDoneProgressValue("end", Message: message));

    private Task SendAsync(WorkDoneProgressValue value) =>
        _client.NotifyAsync("$/progress", new ProgressParams<WorkDoneProgressValue>(_token, value));
}
