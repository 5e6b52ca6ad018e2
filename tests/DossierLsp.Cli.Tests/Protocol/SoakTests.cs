using System.Text.Json;
using Xunit.Abstractions;

namespace DossierLsp.Cli.Tests.Protocol;

/// <summary>
/// Opt-in (DOSSIER_SOAK=1): 20,000 random edits to one document of one published server. Every version the server
/// publishes equals a fresh open of that version's text, and the server's resident memory levels off.
/// </summary>
[Collection(PublishedDossierCollection.Name)]
public sealed class SoakTests(PublishedDossier dossier, ITestOutputHelper output)
{
    private const int Batch = 100;
    /// <summary>DOSSIER_SOAK_EDITS for a longer soak.</summary>
    private static readonly int Edits = int.TryParse(Environment.GetEnvironmentVariable("DOSSIER_SOAK_EDITS"), out int asked) && asked > 0 ? asked : 20_000;
    private static readonly string[] Inserts = ["a", " ", "\n", "- **Company**: X\n", "😀", "\r\n", "APPLIED", "## Notes\n", "é", "", "- **Salary Range**: $90k\n", "# Job Application: A - B\n"];

    [SkippableFact]
    public void Twenty_thousand_edits_publish_what_a_fresh_open_publishes_and_memory_levels_off()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("DOSSIER_SOAK") == "1", "opt-in soak: set DOSSIER_SOAK=1");
        using var server = new SpawnedServer(dossier.Path);
        server.Initialize();
        string text = File.ReadAllText(Path.Combine(PublishedDossier.RepositoryRoot, "examples", "root-insurance-staff-mle.md"));
        server.Open(text);
        var random = new Random(20_000);
        var rss = new List<long>();
        int version = 1, fresh = 0;
        var texts = new Dictionary<int, string> { [version] = text };
        var lengths = new List<int>();
        while (version <= Edits)
        {
            for (int i = 0; i < Batch; i++)
            {
                text = Edit(server, random, text, ++version, around: texts[1].Length);
                texts[version] = text;
            }
            int last = version;
            // Every version published in this batch (the server may skip some while edits come fast) is checked.
            var published = new List<JsonElement>();
            while (published.Count == 0 || published[^1].GetProperty("version").GetInt32() != last)
            {
                published.Add(server.Until(IsPublication(server.DocumentUri), $"diagnostics of version {last}").GetProperty("params"));
            }
            foreach (JsonElement publication in published)
            {
                Assert.Equal(Codes(FreshOpen(server, texts[publication.GetProperty("version").GetInt32()], ++fresh)), Codes(publication));
            }
            texts = new Dictionary<int, string> { [1] = texts[1] };
            rss.Add(ResidentBytes(server.ProcessId));
            lengths.Add(text.Length);
        }
        long early = rss.Take(rss.Count / 4).Max(), late = rss.Skip(3 * rss.Count / 4).Max();
        output.WriteLine($"{fresh:N0} publications checked; resident bytes by quarter: {string.Join(", ", rss.Chunk(rss.Count / 4).Select(q => q.Max().ToString("N0")))}");
        output.WriteLine($"resident MB every {Edits / 20:N0} edits: {string.Join(" ", rss.Chunk(rss.Count / 20).Select(q => (q.Max() / 1e6).ToString("F1")))}");
        output.WriteLine($"document length: {lengths.Min():N0} to {lengths.Max():N0} characters");
        Assert.True(late <= early * 3 / 2 + 32 * 1024 * 1024, $"resident memory grew from {early:N0} to {late:N0} bytes");
        Assert.Equal(0, server.ShutdownAndExit());
    }

    private static Func<JsonElement, bool> IsPublication(string uri) => m =>
        m.TryGetProperty("method", out JsonElement method) && method.GetString() == "textDocument/publishDiagnostics"
        && m.GetProperty("params").GetProperty("uri").GetString() == uri;

    /// <summary>
    /// One random range replacement (or now and then the whole text), sent as didChange; returns the new text. Inserts
    /// are longer than deletions on average, so past twice the first length (<paramref name="around"/>) an edit only
    /// deletes: the document stays the size it was, and memory that grows is the server's, not the document's.
    /// </summary>
    private static string Edit(SpawnedServer server, Random random, string text, int version, int around)
    {
        bool shrink = text.Length > 2 * around;
        int start = random.Next(text.Length + 1), end = Math.Min(text.Length, start + random.Next(shrink ? 64 : 8));
        while (start > 0 && start < text.Length && (char.IsLowSurrogate(text[start]) || (text[start] == '\n' && text[start - 1] == '\r'))) start--;
        while (end > 0 && end < text.Length && (char.IsLowSurrogate(text[end]) || (text[end] == '\n' && text[end - 1] == '\r'))) end++;
        end = Math.Max(start, end);
        string insert = shrink ? "" : Inserts[random.Next(Inserts.Length)];
        string edited = string.Concat(text.AsSpan(0, start), insert, text.AsSpan(end));
        string change = random.Next(50) == 0
            ? $$$"""{"text":{{{JsonSerializer.Serialize(edited)}}}}"""
            : $$$"""{"range":{"start":{{{Position(text, start)}}},"end":{{{Position(text, end)}}}},"text":{{{JsonSerializer.Serialize(insert)}}}}""";
        server.Notify("textDocument/didChange", $$$"""{"textDocument":{"uri":"{{{server.DocumentUri}}}","version":{{{version}}}},"contentChanges":[{{{change}}}]}""");
        return edited;
    }

    private static string Position(string text, int offset)
    {
        int line = 0, lineStart = 0;
        for (int i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }
        return $$"""{"line":{{line}},"character":{{offset - lineStart}}}""";
    }

    /// <summary>The diagnostics of <paramref name="text"/> opened as a new document (closed again after).</summary>
    private static JsonElement FreshOpen(SpawnedServer server, string text, int n)
    {
        string uri = server.DocumentUri.Replace("job.md", $"fresh{n}.md");
        server.Notify("textDocument/didOpen", $$$"""{"textDocument":{"uri":"{{{uri}}}","languageId":"markdown","version":1,"text":{{{JsonSerializer.Serialize(text)}}}}}""");
        JsonElement published = server.Until(IsPublication(uri), "diagnostics of a fresh open").GetProperty("params");
        server.Notify("textDocument/didClose", $$$"""{"textDocument":{"uri":"{{{uri}}}"}}""");
        return published;
    }

    private static string[] Codes(JsonElement published) =>
        published.GetProperty("diagnostics").EnumerateArray().Select(d => $"{d.GetProperty("range")} {d.GetProperty("code").GetString()} {d.GetProperty("message").GetString()}").ToArray();

    private static long ResidentBytes(int processId) =>
        File.ReadLines($"/proc/{processId}/status").Where(line => line.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Select(line => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024).Single();
}
