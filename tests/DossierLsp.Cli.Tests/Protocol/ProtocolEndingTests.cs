namespace DossierLsp.Cli.Tests.Protocol;

/// <summary>Ways a session ends badly: the server ends within the hang guard, with the code the spec gives, no crash.</summary>
[Collection(PublishedDossierCollection.Name)]
public sealed class ProtocolEndingTests(PublishedDossier dossier)
{
    private static readonly Dictionary<string, (Action<SpawnedServer> End, int ExitCode)> Cases = new()
    {
        // The spec: exit without a shutdown first ends with 1.
        ["exit without shutdown"] = (s => s.Notify("exit", "null"), 1),
        ["stdin closed between messages"] = (s => s.Input.Close(), 1),
        ["stdin closed mid-header"] = (s => { s.SendRaw("Content-Len"u8.ToArray()); s.Input.Close(); }, 1),
        ["stdin closed after the header"] = (s => { s.SendRaw("Content-Length: 40\r\n\r\n"u8.ToArray()); s.Input.Close(); }, 1),
        ["stdin closed mid-body"] = (s => { s.SendRaw("Content-Length: 60\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":5,"u8.ToArray()); s.Input.Close(); }, 1),
        ["stdin closed after shutdown"] = (s => { s.Request(5, "shutdown", "null"); s.AnswerTo(5); s.Input.Close(); }, 0),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void The_server_ends_cleanly(string name)
    {
        using var server = new SpawnedServer(dossier.Path);
        server.Initialize();
        server.Open("# Job Application: A - B\n");
        var (end, exitCode) = Cases[name];
        end(server);
        Assert.Equal(exitCode, server.WaitForExit());
        Assert.DoesNotContain("Unhandled", server.Stderr());
    }
}
