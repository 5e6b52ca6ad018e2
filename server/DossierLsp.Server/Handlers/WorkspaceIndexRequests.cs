using System.Text.Json;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Language;
using DossierLsp.Core.Pipeline;
using DossierLsp.Core.Report;
using DossierLsp.Server.Protocol;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace DossierLsp.Server.Handlers;

/// <summary>Features over every dossier of the workspace: symbols, title lenses, and the index for the client's views.</summary>
internal sealed partial class LspTarget
{
    [JsonRpcMethod("workspace/symbol")]
    public async Task<SymbolInformation[]> WorkspaceSymbol(WorkspaceSymbolParams request, CancellationToken cancellationToken)
    {
        server.Lifecycle.EnsureServing();
        await TaskScheduler.Default.SwitchTo(alwaysYield: true);
        DossierIndex index = server.Indexer.Current();
        cancellationToken.ThrowIfCancellationRequested();
        return DossierLanguageService.FindDossiers(index, request.Query ?? "")
            .Select(d => new SymbolInformation(d.DisplayName, SymbolKind.File, TitleLine(d), ContainerOf(d)))
            .ToArray();
    }

    [JsonRpcMethod("textDocument/codeLens")]
    public async Task<CodeLens[]> CodeLens(TextDocumentParams request, CancellationToken cancellationToken)
    {
        if (await DossierSnapshotAsync("textDocument/codeLens", request.TextDocument.Uri, cancellationToken) is not { } snapshot)
        {
            return [];
        }
        string path = LanguageServer.PathOf(snapshot.Uri);
        DossierSummary summary = DossierIndex.Summarize(path, snapshot.Analysis, path.Length > 0 ? server.Options.Directories.LastModified(path) : null)!;
        Protocol.Range range = server.Encoding.ToRange(snapshot.Text, summary.TitleLocation?.Span ?? new Core.Text.TextSpan(0, 0));
        JsonElement[] arguments = [JsonSerializer.SerializeToElement(snapshot.Uri, LspJsonContext.Default.String)];
        return UnlessModified(snapshot, DossierLanguageService.CodeLenses(summary, server.Today)
            .Select(lens => new Protocol.CodeLens(range, lens.Action switch
            {
                // Both commands edit through workspace/applyEdit: without it the lens is shown, not clickable.
                LensAction.SetStatus when server.Features.ApplyEdit => new Command(lens.Title, Commands.SetStatus, arguments),
                LensAction.AddFollowUp when server.Features.ApplyEdit => new Command(lens.Title, Commands.AddFollowUp, arguments),
                _ => new Command(lens.Title, "", null), // shown, not clickable
            }))
            .ToArray());
    }

    /// <summary>Every dossier, for the client's views; from then on the client is told when the index changes.</summary>
    [JsonRpcMethod("dossier/index")]
    public async Task<DossierIndexResult> Dossiers(object? _, CancellationToken cancellationToken)
    {
        server.Lifecycle.EnsureServing();
        server.Indexer.ClientFollowsIndex = true;
        await TaskScheduler.Default.SwitchTo(alwaysYield: true);
        DateOnly today = server.Today;
        IndexedDossier[] dossiers = server.Indexer.Current().Dossiers
            .Select(d => (Dossier: d, Reminder: Reminders.For(d)))
            .Select(d => new IndexedDossier(UriFor(d.Dossier.Path), d.Dossier.DisplayName, d.Dossier.Company, d.Dossier.Position, d.Dossier.Status, d.Dossier.StatusOrder,
                d.Dossier.ApplicationDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), d.Dossier.Errors, d.Dossier.Warnings,
                d.Reminder is { Kind: ReminderKind.FollowUp } f && f.IsDue(today), d.Reminder is { Kind: ReminderKind.Stale } s && s.IsDue(today)))
            .ToArray();
        cancellationToken.ThrowIfCancellationRequested();
        return new DossierIndexResult(dossiers, server.Indexer.IsIndexing);
    }

    /// <summary>The pipeline report of every dossier as one self-contained HTML page (no script; styles carry the given nonce).</summary>
    [JsonRpcMethod("dossier/pipelineReport")]
    public async Task<PipelineReportResult> PipelineReport(PipelineReportParams request, CancellationToken cancellationToken)
    {
        server.Lifecycle.EnsureServing();
        await TaskScheduler.Default.SwitchTo(alwaysYield: true);
        DossierIndex index = server.Indexer.Current();
        var report = ReportBuilder.Build(index, server.CrossDossier.Findings().SelectMany(g => g).ToArray(), server.Today, DisplayPath);
        cancellationToken.ThrowIfCancellationRequested();
        return new PipelineReportResult(HtmlReport.Render(report, new ReportOptions(Redact: false, DateTimeOffset.Now, request.StyleNonce)));
    }

    /// <summary>A path relative to the workspace folder that holds it, as the report shows it.</summary>
    private string DisplayPath(string path) =>
        server.FolderPaths.FirstOrDefault(folder => Hosting.MarkdownWalk.Reaches(folder, path)) is { } folder ? Path.GetRelativePath(folder, path) : path;

    /// <summary>The start of the title's line: a position that means the same in every position encoding.</summary>
    private Location TitleLine(DossierSummary dossier)
    {
        var start = new Position(dossier.TitleLocation?.Start.Line ?? 0, 0);
        return new Location(UriFor(dossier.Path), new Protocol.Range(start, start));
    }

    private static string? ContainerOf(DossierSummary dossier) =>
        string.Join(" · ", new[] { dossier.Status, dossier.JobId is { } id ? $"Job ID {id}" : null }.Where(p => p is not null)) is { Length: > 0 } text ? text : null;

    /// <summary>The URI the client uses for an open document of the path, else the server's spelling of it.</summary>
    private string UriFor(string path) =>
        server.Documents.All().FirstOrDefault(d => LanguageServer.PathOf(d.Uri) == path)?.Uri ?? LanguageServer.UriOf(path);
}
