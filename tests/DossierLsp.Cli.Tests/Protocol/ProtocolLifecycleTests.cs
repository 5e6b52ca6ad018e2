namespace DossierLsp.Cli.Tests.Protocol;

/// <summary>
/// Messages out of the lifecycle's order against the published server, answered as LSP 3.17 says: before
/// <c>initialize</c> a request gets ServerNotInitialized (-32002) and a notification is dropped (<c>exit</c> excepted);
/// after <c>shutdown</c> a request gets InvalidRequest (-32600) and a notification is dropped.
/// </summary>
[Collection(PublishedDossierCollection.Name)]
public sealed class ProtocolLifecycleTests(PublishedDossier dossier)
{
    private const string Hover = """{"textDocument":{"uri":"file:///w/a.md"},"position":{"line":0,"character":0}}""";

    [Fact]
    public void Before_initialize_requests_get_server_not_initialized_and_notifications_are_dropped()
    {
        using var server = new SpawnedServer(dossier.Path);
        server.Request(10, "textDocument/hover", Hover);
        server.Open("# Job Application: A - B\n");
        server.Request(11, "shutdown", "null");
        server.Request(1, "initialize", """{"processId":null,"rootUri":null,"capabilities":{}}""");
        Assert.Equal(["10: -32002", "11: -32002", "1: result"], server.AnswersUntil("10", "11", "1").Order(StringComparer.Ordinal));

        // The didOpen before initialize was dropped: the server does not know the document.
        server.Notify("initialized", "{}");
        server.Request(12, "dossier/documentInfo", $$$"""{"textDocument":{"uri":"{{{server.DocumentUri}}}"}}""");
        Assert.False(server.AnswerTo(12).GetProperty("result").GetProperty("isDossier").GetBoolean());
        server.Open("# Job Application: A - B\n");
        server.Request(13, "dossier/documentInfo", $$$"""{"textDocument":{"uri":"{{{server.DocumentUri}}}"}}""");
        Assert.True(server.AnswerTo(13).GetProperty("result").GetProperty("isDossier").GetBoolean());
        Assert.Equal(0, server.ShutdownAndExit());
    }

    [Fact]
    public void Exit_before_initialize_ends_the_server_with_1()
    {
        using var server = new SpawnedServer(dossier.Path);
        server.Notify("exit", "null");
        Assert.Equal(1, server.WaitForExit());
    }

    [Fact]
    public void After_shutdown_requests_get_invalid_request_and_exit_ends_with_0()
    {
        using var server = new SpawnedServer(dossier.Path);
        server.Initialize();
        server.Open("# Job Application: A - B\n");
        server.Request(20, "shutdown", "null");
        server.Request(21, "textDocument/hover", Hover);
        server.Notify("textDocument/didChange", $$"""{"textDocument":{"uri":"{{server.DocumentUri}}","version":2},"contentChanges":[{"text":"# T"}]}""");
        server.Request(22, "shutdown", "null");
        server.Request(23, "dossier/documentInfo", $$$"""{"textDocument":{"uri":"{{{server.DocumentUri}}}"}}""");
        Assert.Equal(["20: result", "21: -32600", "22: -32600", "23: -32600"], server.AnswersUntil("20", "21", "22", "23").Order(StringComparer.Ordinal));
        server.Notify("exit", "null");
        Assert.Equal(0, server.WaitForExit());
        Assert.DoesNotContain("Unhandled", server.Stderr());
    }
}
