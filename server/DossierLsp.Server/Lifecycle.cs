using StreamJsonRpc;

namespace DossierLsp.Server;

/// <summary>initialize → initialized → … → shutdown → exit.</summary>
internal sealed class Lifecycle
{
    public const int ServerNotInitialized = -32002;
    public const int InvalidRequest = -32600;
    public const int InvalidParams = -32602;
    public const int ParseError = -32700;
    /// <summary>LSP's ContentModified; StreamJsonRpc has no constant for it.</summary>
    public const int ContentModified = -32801;

    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Initialized { get; set; }
    public bool ShutdownRequested { get; set; }
    public Task Exited => _exited.Task;

    public void Exit() => _exited.TrySetResult();

    private readonly TaskCompletionSource _inputEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the client's stream has ended and every message before the end has been dispatched.</summary>
    public Task InputEnded => _inputEnded.Task;

    public void EndOfInput() => _inputEnded.TrySetResult();

    /// <summary>Throws the error the specification gives for a request that comes too early or too late.</summary>
    public void EnsureServing()
    {
        if (!Initialized)
        {
            throw new LocalRpcException("the server is not initialized yet") { ErrorCode = ServerNotInitialized };
        }
        if (ShutdownRequested)
        {
            throw new LocalRpcException("the server is shutting down") { ErrorCode = InvalidRequest };
        }
    }

    /// <summary>Notifications before initialize or after shutdown are dropped.</summary>
    public bool Accepts => Initialized && !ShutdownRequested;
}
