using System.Text.Json;
using System.Text.Json.Serialization;

// The LSP 3.17 shapes this server uses, and nothing more. Optional members are nullable and omitted when null.
namespace DossierLsp.Server.Protocol;

public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentContentChangeEvent(string Text, Range? Range = null);

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record TextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record RangeParams(TextDocumentIdentifier TextDocument, Range Range);

// initialize
public sealed record InitializeParams(int? ProcessId, string? RootUri, ClientCapabilities? Capabilities, JsonElement? InitializationOptions, WorkspaceFolder[]? WorkspaceFolders = null);

public sealed record ClientCapabilities(GeneralClientCapabilities? General, TextDocumentClientCapabilities? TextDocument, WorkspaceClientCapabilities? Workspace, WindowClientCapabilities? Window = null);

public sealed record GeneralClientCapabilities(string[]? PositionEncodings);

public sealed record TextDocumentClientCapabilities(JsonElement? Diagnostic, PublishDiagnosticsClientCapabilities? PublishDiagnostics = null);

public sealed record PublishDiagnosticsClientCapabilities(bool? RelatedInformation);

public sealed record WorkspaceClientCapabilities(bool? Configuration, DynamicRegistrationCapability? DidChangeWatchedFiles, RefreshCapability? Diagnostics);

public sealed record RefreshCapability(bool? RefreshSupport);

public sealed record DynamicRegistrationCapability(bool? DynamicRegistration);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record ServerInfo(string Name, string Version);

public sealed record ServerCapabilities(
    string PositionEncoding,
    TextDocumentSyncOptions TextDocumentSync,
    CompletionOptions CompletionProvider,
    bool HoverProvider,
    CodeActionOptions CodeActionProvider,
    bool DocumentSymbolProvider,
    bool FoldingRangeProvider,
    bool InlayHintProvider,
    ExecuteCommandOptions ExecuteCommandProvider,
    DiagnosticOptions? DiagnosticProvider,
    bool WorkspaceSymbolProvider = false,
    CodeLensOptions? CodeLensProvider = null,
    WorkspaceServerCapabilities? Workspace = null);

public sealed record WorkspaceServerCapabilities(WorkspaceFoldersServerCapabilities WorkspaceFolders);

public sealed record WorkspaceFoldersServerCapabilities(bool Supported, bool ChangeNotifications);

public sealed record TextDocumentSyncOptions(bool OpenClose, int Change);

public sealed record CompletionOptions(string[] TriggerCharacters, bool ResolveProvider);

public sealed record CodeActionOptions(string[] CodeActionKinds);

public sealed record ExecuteCommandOptions(string[] Commands);

public sealed record DiagnosticOptions(bool InterFileDependencies, bool WorkspaceDiagnostics);

// diagnostics
public sealed record Diagnostic(Range Range, int Severity, string Code, CodeDescription CodeDescription, string Source, string Message, DiagnosticRelatedInformation[]? RelatedInformation = null);

public sealed record CodeDescription(string Href);

public sealed record PublishDiagnosticsParams(string Uri, int? Version, Diagnostic[] Diagnostics);

public sealed record FullDocumentDiagnosticReport(string Kind, Diagnostic[] Items);

// completion, hover
public sealed record CompletionItem(
    string Label,
    int Kind,
    string? Detail,
    MarkupContent? Documentation,
    string SortText,
    string? FilterText,
    TextEdit TextEdit,
    int InsertTextFormat);

public sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);

public sealed record MarkupContent(string Kind, string Value);

public sealed record Hover(MarkupContent Contents, Range Range);

// edits, code actions, commands
public sealed record TextEdit(Range Range, string NewText);

public sealed record WorkspaceEdit(Dictionary<string, TextEdit[]> Changes);

public sealed record CodeActionContext(Diagnostic[]? Diagnostics, string[]? Only);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context);

public sealed record CodeAction(string Title, string Kind, Diagnostic[]? Diagnostics, bool? IsPreferred, WorkspaceEdit Edit);

public sealed record ExecuteCommandParams(string Command, JsonElement[]? Arguments);

public sealed record ApplyWorkspaceEditParams(string Label, WorkspaceEdit Edit);

public sealed record ApplyWorkspaceEditResult(bool Applied, string? FailureReason);

// outline, folding, inlay hints
public sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, DocumentSymbol[] Children);

public sealed record FoldingRange(int StartLine, int EndLine, string? Kind);

public sealed record InlayHint(Position Position, string Label, bool PaddingLeft);

// workspace
public sealed record DidChangeConfigurationParams(JsonElement? Settings);

public sealed record ConfigurationItem(string Section, string? ScopeUri = null);

public sealed record ConfigurationParams(ConfigurationItem[] Items);

public sealed record FileEvent(string Uri, int Type);

public sealed record DidChangeWatchedFilesParams(FileEvent[] Changes);

public sealed record FileSystemWatcher(string GlobPattern);

public sealed record DidChangeWatchedFilesRegistrationOptions(FileSystemWatcher[] Watchers);

public sealed record Registration(string Id, string Method, DidChangeWatchedFilesRegistrationOptions RegisterOptions);

public sealed record RegistrationParams(Registration[] Registrations);

// window
public sealed record LogMessageParams(int Type, string Message);

public sealed record ShowMessageParams(int Type, string Message);

public sealed record CancelParams(JsonElement Id);

/// <summary>What the transport sends in place of a message it had to drop.</summary>
public sealed record MalformedMessageParams(string Reason);

// dossier/* requests of the VS Code client
public sealed record StatusChoice(string Value, string? Description);

/// <summary><see cref="StatusState"/> is "valid", "empty", "miscased" or "invalid".</summary>
public sealed record DocumentInfoResult(bool IsDossier, string? Status, string StatusState, StatusChoice[] Statuses);

public sealed record NewDossierParams(string Company, string Position);

/// <summary><see cref="Snippet"/> is the same dossier with tab stops (snippet syntax) on the values to fill.</summary>
public sealed record NewDossierResult(string Text, string Snippet);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(TextDocumentPositionParams))]
[JsonSerializable(typeof(TextDocumentParams))]
[JsonSerializable(typeof(RangeParams))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(FullDocumentDiagnosticReport))]
[JsonSerializable(typeof(CompletionList))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(CodeAction[]))]
[JsonSerializable(typeof(ExecuteCommandParams))]
[JsonSerializable(typeof(ApplyWorkspaceEditParams))]
[JsonSerializable(typeof(ApplyWorkspaceEditResult))]
[JsonSerializable(typeof(DocumentSymbol[]))]
[JsonSerializable(typeof(FoldingRange[]))]
[JsonSerializable(typeof(InlayHint[]))]
[JsonSerializable(typeof(DidChangeConfigurationParams))]
[JsonSerializable(typeof(ConfigurationParams))]
[JsonSerializable(typeof(DidChangeWatchedFilesParams))]
[JsonSerializable(typeof(RegistrationParams))]
[JsonSerializable(typeof(LogMessageParams))]
[JsonSerializable(typeof(ShowMessageParams))]
[JsonSerializable(typeof(DocumentInfoResult))]
[JsonSerializable(typeof(NewDossierParams))]
[JsonSerializable(typeof(NewDossierResult))]
[JsonSerializable(typeof(MalformedMessageParams))]
[JsonSerializable(typeof(CancelParams))]
[JsonSerializable(typeof(StreamJsonRpc.Protocol.CommonErrorData))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(JsonElement[]))]
[JsonSerializable(typeof(object))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(bool))]
// workspace features (WorkspaceTypes.cs)
[JsonSerializable(typeof(WorkspaceDiagnosticParams))]
[JsonSerializable(typeof(Diagnostic[]))]
[JsonSerializable(typeof(WorkspaceDiagnosticReport))]
[JsonSerializable(typeof(DidChangeWorkspaceFoldersParams))]
[JsonSerializable(typeof(WorkDoneProgressCreateParams))]
[JsonSerializable(typeof(ProgressParams<WorkDoneProgressValue>))]
[JsonSerializable(typeof(ProgressParams<WorkspaceDiagnosticReport>))]
[JsonSerializable(typeof(WorkspaceSymbolParams))]
[JsonSerializable(typeof(SymbolInformation[]))]
[JsonSerializable(typeof(CodeLens[]))]
[JsonSerializable(typeof(ShowMessageRequestParams))]
[JsonSerializable(typeof(MessageActionItem))]
[JsonSerializable(typeof(DossierIndexResult))]
[JsonSerializable(typeof(PipelineReportParams))]
[JsonSerializable(typeof(PipelineReportResult))]
public sealed partial class LspJsonContext : JsonSerializerContext;
