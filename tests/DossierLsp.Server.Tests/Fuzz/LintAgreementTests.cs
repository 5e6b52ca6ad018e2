using System.Text.Json;
using DossierLsp.Core.Tests.Fuzz;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;

namespace DossierLsp.Server.Tests.Fuzz;

/// <summary>
/// The diagnostics the server publishes for a mutated dossier are the findings `dossier lint` gets for the same text
/// through the same host: same ranges, rules and messages. Mutation seeds drawn by <see cref="FuzzCases"/> (pinned in CI).
/// </summary>
public sealed class LintAgreementTests
{
    private static readonly DateOnly Today = new(2024, 6, 1);

    private static string[] Seeds()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "DossierLsp.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }
        return Directory.EnumerateFiles(Path.Combine(directory!, "examples"), "*.md").Where(path => Path.GetFileName(path) != "README.md").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
    }

    [Fact]
    public async Task Published_diagnostics_equal_the_lint_of_the_same_text()
    {
        string[] seeds = Seeds();
        var host = new MemoryHost();
        await using var client = new TestClient(host.Options(Today));
        await client.InitializeAsync();
        int opened = 0;
        await FuzzCases.CheckAsync(FuzzCases.Seeds, 300, async seed =>
        {
            // A file per case: the same seed may come twice.
            string name = $"m{++opened}.md", uri = $"file:///w/jobs/{name}", text = Mutations.Dossier(seeds, seed);
            await client.OpenAsync(uri, text);
            JsonElement published = await client.DiagnosticsAsync(uri, 1);
            // The server's text is the client's, except lone surrogates it logs and replaces (a file cannot hold them).
            SourceText received = client.ServerInstance().Documents.Get(uri)!.Text;
            var lint = new DossierWorkspace(host, () => Today).Analyze($"/w/jobs/{name}", received, explicitlyNamed: true);

            // "not a dossier; skipped" is the command line's notice; the editor shows nothing for such a file.
            string[] expected = lint.Findings.Where(f => f.RuleId != "not-a-dossier").Select(f => $"{lint.Text.GetPosition(f.Span.Start)}-{lint.Text.GetPosition(f.Span.End)} {f.RuleId}: {f.Message}").ToArray();
            Assert.True(expected.SequenceEqual(Diagnostics(published)), $"{string.Join('\n', expected)}\n---\n{string.Join('\n', Diagnostics(published))}");
            await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri } });
        }, seed => $"mutation seed {seed}");
    }

    /// <summary>Each diagnostic as the core's 1-based "line:col-line:col rule: message".</summary>
    private static IEnumerable<string> Diagnostics(JsonElement published) =>
        published.GetProperty("diagnostics").EnumerateArray().Select(d =>
        {
            JsonElement range = d.GetProperty("range");
            return $"{At(range.GetProperty("start"))}-{At(range.GetProperty("end"))} {d.GetProperty("code").GetString()}: {d.GetProperty("message").GetString()}";
        });

    private static LinePosition At(JsonElement position) => new(position.GetProperty("line").GetInt32(), position.GetProperty("character").GetInt32());
}
