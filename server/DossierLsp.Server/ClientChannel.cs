using System.Diagnostics.CodeAnalysis;
using StreamJsonRpc;

namespace DossierLsp.Server;

/// <summary>Messages from the server to the client. The one place that calls StreamJsonRpc's untyped send methods.</summary>
internal sealed class ClientChannel(Transport.LspJsonRpc rpc)
{
    // StreamJsonRpc warns that an untyped argument "may be reflected over"; every argument sent here is a protocol
    // record in LspJsonContext, which the formatter's source-generated TypeInfoResolver serializes without reflection.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Arguments are LspJsonContext types.")]
    public Task NotifyAsync<T>(string method, T argument) where T : class => rpc.NotifyWithParameterObjectAsync(method, argument);

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Arguments are LspJsonContext types.")]
    public Task<TResult> RequestAsync<T, TResult>(string method, T argument, CancellationToken cancellationToken = default) where T : class =>
        rpc.InvokeWithParameterObjectAsync<TResult>(method, argument, cancellationToken);

    /// <summary>A request whose method takes no params (such as <c>workspace/diagnostic/refresh</c>): none are sent.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "No arguments.")]
    public Task RequestAsync(string method) => rpc.InvokeWithParameterObjectAsync(method, argument: null);

    /// <summary>An error answer to a message StreamJsonRpc never saw (the transport refused it); id null when <paramref name="id"/> is.</summary>
    public Task AnswerWithErrorAsync(System.Text.Json.JsonElement? id, int code, string message) => rpc.AnswerWithErrorAsync(id switch
    {
        { ValueKind: System.Text.Json.JsonValueKind.Number } number when number.TryGetInt64(out long n) => new RequestId(n),
        { ValueKind: System.Text.Json.JsonValueKind.String } text => new RequestId(text.GetString()),
        _ => RequestId.Null,
    }, code, message);
}
