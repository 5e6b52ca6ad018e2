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
    private Task _sent = Task.CompletedTask;

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

    /// <summary>
    /// Queues "done/total" behind the reports before it, when the whole percentage moved (so a big workspace costs at
    /// most 100 reports). Callers serialize their calls; the sending never holds them up.
    /// </summary>
    public void Report(int done, int total)
    {
        int percentage = total == 0 ? 100 : (int)(100L * done / total);
        if (percentage == _lastPercentage)
        {
            return;
        }
        _lastPercentage = percentage;
        _sent = After(_sent, new WorkDoneProgressValue("report", Message: $"{done}/{total}", Percentage: percentage));
    }

    public async Task EndAsync(string message)
    {
        await After(_sent, new WorkDoneProgressValue("end", Message: message));
    }

    private async Task After(Task before, WorkDoneProgressValue value)
    {
        // A report lost with the connection must not keep the later ones (or the end) from being tried.
        await before.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await SendAsync(value);
    }

    private Task SendAsync(WorkDoneProgressValue value) =>
        _client.NotifyAsync("$/progress", new ProgressParams<WorkDoneProgressValue>(_token, value));
}
