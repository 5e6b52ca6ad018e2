using System.Text.Json;
using System.Text.Json.Serialization;

// The LSP 3.17 shapes of the workspace features: folders, progress, workspace diagnostics, symbols, code lens, and
// the dossier/* requests the VS Code views use.
namespace DossierLsp.Server.Protocol;

public sealed record WorkspaceFolder(string Uri, string Name);

public sealed record WorkspaceFoldersChangeEvent(WorkspaceFolder[] Added, WorkspaceFolder[] Removed);

public sealed record DidChangeWorkspaceFoldersParams(WorkspaceFoldersChangeEvent Event);

public sealed record WindowClientCapabilities(bool? WorkDoneProgress);

// progress
public sealed record WorkDoneProgressCreateParams(string Token);

public sealed record ProgressParams<T>(JsonElement Token, T Value);

public sealed record WorkDoneProgressValue(string Kind, string? Title = null, string? Message = null, int? Percentage = null, bool? Cancellable = null);

// workspace diagnostics
public sealed record PreviousResultId(string Uri, string Value);

public sealed record WorkspaceDiagnosticParams(string? Identifier, PreviousResultId[]? PreviousResultIds, JsonElement? PartialResultToken, JsonElement? WorkDoneToken);

/// <summary>A full or an unchanged report for one document; <c>items</c> is omitted for "unchanged".</summary>
public sealed record WorkspaceDocumentDiagnosticReport(string Kind, string Uri, int? Version, string ResultId, Diagnostic[]? Items);

public sealed record WorkspaceDiagnosticReport(WorkspaceDocumentDiagnosticReport[] Items);

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

// symbols, code lens
public sealed record Location(string Uri, Range Range);

public sealed record WorkspaceSymbolParams(string? Query);

public sealed record SymbolInformation(string Name, int Kind, Location Location, string? ContainerName);

public sealed record CodeLensOptions(bool ResolveProvider);

public sealed record Command(string Title, string CommandName, JsonElement[]? Arguments)
{
    // "command" is also the record's name in C#; the JSON member is "command".
    [JsonPropertyName("command")]
    public string CommandName { get; init; } = CommandName;
}

public sealed record CodeLens(Range Range, Command? Command);

public sealed record ShowMessageRequestParams(int Type, string Message, MessageActionItem[] Actions);

public sealed record MessageActionItem(string Title);

// dossier/index: what the VS Code "Job Search" view shows
public sealed record IndexedDossier(string Uri, string Name, string? Company, string? Position, string? Status, int StatusOrder, string? ApplicationDate, int Errors, int Warnings, bool FollowUpDue, bool Stale);

// dossier/pipelineReport: the HTML report for the "Show Pipeline" webview; its style element carries the nonce
public sealed record PipelineReportParams(string? StyleNonce);

public sealed record PipelineReportResult(string Html);

public sealed record DossierIndexResult(IndexedDossier[] Dossiers, bool Indexing);
