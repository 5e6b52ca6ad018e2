using System.Text.Json;
using System.Text.Json.Serialization;

// The LSP 3.17 shapes of the workspace features: folders, progress, workspace diagnostics, symbols, code lens, and
// the dossier/* requests the VS Code views use.
namespace DossierLsp.Server.Protocol;

internal sealed record WorkspaceFolder(string Uri, string Name);

internal sealed record WorkspaceFoldersChangeEvent(WorkspaceFolder[] Added, WorkspaceFolder[] Removed);

internal sealed record DidChangeWorkspaceFoldersParams(WorkspaceFoldersChangeEvent Event);

internal sealed record WindowClientCapabilities(bool? WorkDoneProgress);

// progress
internal sealed record WorkDoneProgressCreateParams(string Token);

internal sealed record ProgressParams<T>(JsonElement Token, T Value);

internal sealed record WorkDoneProgressValue(string Kind, string? Title = null, string? Message = null, int? Percentage = null, bool? Cancellable = null);

// workspace diagnostics
internal sealed record PreviousResultId(string Uri, string Value);

internal sealed record WorkspaceDiagnosticParams(string? Identifier, PreviousResultId[]? PreviousResultIds, JsonElement? PartialResultToken, JsonElement? WorkDoneToken);

/// <summary>A full or an unchanged report for one document; <c>items</c> is omitted for "unchanged".</summary>
internal sealed record WorkspaceDocumentDiagnosticReport(string Kind, string Uri, int? Version, string ResultId, Diagnostic[]? Items);

internal sealed record WorkspaceDiagnosticReport(WorkspaceDocumentDiagnosticReport[] Items);

internal sealed record DiagnosticRelatedInformation(Location Location, string Message);

// symbols, code lens
internal sealed record Location(string Uri, Range Range);

internal sealed record WorkspaceSymbolParams(string? Query);

internal sealed record SymbolInformation(string Name, int Kind, Location Location, string? ContainerName);

internal sealed record CodeLensOptions(bool ResolveProvider);

internal sealed record Command(string Title, string CommandName, JsonElement[]? Arguments)
{
    // "command" is also the record's name in C#; the JSON member is "command".
    [JsonPropertyName("command")]
    public string CommandName { get; init; } = CommandName;
}

internal sealed record CodeLens(Range Range, Command? Command);

internal sealed record ShowMessageRequestParams(int Type, string Message, MessageActionItem[] Actions);

internal sealed record MessageActionItem(string Title);

// dossier/index: what the VS Code "Job Search" view shows
internal sealed record IndexedDossier(string Uri, string Name, string? Company, string? Position, string? Status, int StatusOrder, string? ApplicationDate, int Errors, int Warnings, bool FollowUpDue, bool Stale);

// dossier/pipelineReport: the HTML report for the "Show Pipeline" webview; its style element carries the nonce
internal sealed record PipelineReportParams(string? StyleNonce);

internal sealed record PipelineReportResult(string Html);

internal sealed record DossierIndexResult(IndexedDossier[] Dossiers, bool Indexing);
