using System.Text.Json;
using System.Text.Json.Serialization;

// The LSP 3.17 shapes this server uses, and nothing more. Optional members are nullable and omitted when null.
namespace DossierLsp.Server.Protocol;

internal sealed record Position(int Line, int Character);

internal sealed record Range(Position Start, Position End);

internal sealed record TextDocumentIdentifier(string Uri);

internal sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

internal sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

internal sealed record TextDocumentContentChangeEvent(string Text, Range? Range = null);

internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

internal sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

internal sealed record TextDocumentParams(TextDocumentIdentifier TextDocument);

internal sealed record RangeParams(TextDocumentIdentifier TextDocument, Range Range);

// initialize
internal sealed record InitializeParams(int? ProcessId, string? RootUri, ClientCapabilities? Capabilities, JsonElement? InitializationOptions, WorkspaceFolder[]? WorkspaceFolders = null);

internal sealed record ClientCapabilities(GeneralClientCapabilities? General, TextDocumentClientCapabilities? TextDocument, WorkspaceClientCapabilities? Workspace, WindowClientCapabilities? Window = null);

internal sealed record SupportCapability(bool? Support);

internal sealed record GeneralClientCapabilities(string[]? PositionEncodings);

internal sealed record TextDocumentClientCapabilities(
    JsonElement? Diagnostic,
    PublishDiagnosticsClientCapabilities? PublishDiagnostics = null,
    CompletionClientCapabilities? Completion = null,
    HoverClientCapabilities? Hover = null,
    CodeActionClientCapabilities? CodeAction = null);

internal sealed record CompletionClientCapabilities(CompletionItemCapabilities? CompletionItem, ValueSetCapability? CompletionItemKind);

internal sealed record CompletionItemCapabilities(bool? SnippetSupport, string[]? DocumentationFormat, bool? PreselectSupport);

internal sealed record ValueSetCapability(int[]? ValueSet);

internal sealed record HoverClientCapabilities(string[]? ContentFormat);

internal sealed record CodeActionClientCapabilities(JsonElement? CodeActionLiteralSupport, ResolveSupportCapability? ResolveSupport);

internal sealed record ResolveSupportCapability(string[]? Properties);

internal sealed record PublishDiagnosticsClientCapabilities(bool? RelatedInformation, ValueSetCapability? TagSupport, bool? CodeDescriptionSupport);

internal sealed record WorkspaceClientCapabilities(bool? Configuration, DynamicRegistrationCapability? DidChangeWatchedFiles, RefreshCapability? Diagnostics, bool? ApplyEdit = null);

internal sealed record RefreshCapability(bool? RefreshSupport);

internal sealed record DynamicRegistrationCapability(bool? DynamicRegistration);

internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

internal sealed record ServerInfo(string Name, string Version);

internal sealed record ServerCapabilities(
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

internal sealed record WorkspaceServerCapabilities(WorkspaceFoldersServerCapabilities WorkspaceFolders);

internal sealed record WorkspaceFoldersServerCapabilities(bool Supported, bool ChangeNotifications);

internal sealed record TextDocumentSyncOptions(bool OpenClose, int Change);

internal sealed record CompletionOptions(string[] TriggerCharacters, bool ResolveProvider);

internal sealed record CodeActionOptions(string[] CodeActionKinds);

internal sealed record ExecuteCommandOptions(string[] Commands);

internal sealed record DiagnosticOptions(bool InterFileDependencies, bool WorkspaceDiagnostics);

// diagnostics
internal sealed record Diagnostic(Range Range, int Severity, string Code, CodeDescription? CodeDescription, string Source, string Message, DiagnosticRelatedInformation[]? RelatedInformation = null);

internal sealed record CodeDescription(string Href);

internal sealed record PublishDiagnosticsParams(string Uri, int? Version, Diagnostic[] Diagnostics);

internal sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument, string? PreviousResultId);

/// <summary>A document pull's answer: <c>full</c> with the items, or <c>unchanged</c> (no items) when the client's result id is still current.</summary>
internal sealed record DocumentDiagnosticReport(string Kind, string ResultId, Diagnostic[]? Items);

// completion, hover
/// <summary><see cref="Documentation"/> is a <see cref="MarkupContent"/> or, for clients that declare no markup formats, a string.</summary>
internal sealed record CompletionItem(
    string Label,
    int? Kind,
    string? Detail,
    object? Documentation,
    string SortText,
    string? FilterText,
    TextEdit TextEdit,
    int InsertTextFormat,
    bool? Preselect = null);

internal sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);

internal sealed record MarkupContent(string Kind, string Value);

/// <summary><see cref="Contents"/> is a <see cref="MarkupContent"/> or, for clients that declare no markup formats, a string.</summary>
internal sealed record Hover(object Contents, Range Range);

// edits, code actions, commands
internal sealed record TextEdit(Range Range, string NewText);

internal sealed record WorkspaceEdit(Dictionary<string, TextEdit[]> Changes);

internal sealed record CodeActionContext(Diagnostic[]? Diagnostics, string[]? Only);

internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context);

/// <summary>A code action literal: an edit, or a command (opening a file).</summary>
internal sealed record CodeAction(string Title, string Kind, Diagnostic[]? Diagnostics, bool? IsPreferred, WorkspaceEdit? Edit, Command? Command = null);

internal sealed record ExecuteCommandParams(string Command, JsonElement[]? Arguments);

internal sealed record ApplyWorkspaceEditParams(string Label, WorkspaceEdit Edit);

internal sealed record ApplyWorkspaceEditResult(bool Applied, string? FailureReason);

internal sealed record ShowDocumentParams(string Uri, bool? External, bool? TakeFocus, Range? Selection);

internal sealed record ShowDocumentResult(bool Success);

// outline, folding, inlay hints
internal sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, DocumentSymbol[] Children);

internal sealed record FoldingRange(int StartLine, int EndLine, string? Kind);

internal sealed record InlayHint(Position Position, string Label, bool PaddingLeft);

// workspace
internal sealed record DidChangeConfigurationParams(JsonElement? Settings);

internal sealed record ConfigurationItem(string Section, string? ScopeUri = null);

internal sealed record ConfigurationParams(ConfigurationItem[] Items);

internal sealed record FileEvent(string Uri, int Type);

internal sealed record DidChangeWatchedFilesParams(FileEvent[] Changes);

internal sealed record FileSystemWatcher(string GlobPattern);

internal sealed record DidChangeWatchedFilesRegistrationOptions(FileSystemWatcher[] Watchers);

internal sealed record Registration(string Id, string Method, DidChangeWatchedFilesRegistrationOptions RegisterOptions);

internal sealed record RegistrationParams(Registration[] Registrations);

// window
internal sealed record LogMessageParams(int Type, string Message);

internal sealed record ShowMessageParams(int Type, string Message);

internal sealed record CancelParams(JsonElement Id);

/// <summary>A transport note, or a refused message: the JSON-RPC error <paramref name="Code"/> it is answered with, sent to <paramref name="Id"/> (null when unreadable).</summary>
internal sealed record MalformedMessageParams(string Reason, int Code = 0, JsonElement? Id = null);

// dossier/* requests of the VS Code client
internal sealed record StatusChoice(string Value, string? Description);

/// <summary><see cref="StatusState"/> is "valid", "empty", "miscased" or "invalid".</summary>
internal sealed record DocumentInfoResult(bool IsDossier, string? Status, string StatusState, StatusChoice[] Statuses);

internal sealed record NewDossierParams(string Company, string Position);

/// <summary><see cref="Snippet"/> is the same dossier with tab stops (snippet syntax) on the values to fill.</summary>
internal sealed record NewDossierResult(string Text, string Snippet);

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
[JsonSerializable(typeof(DocumentDiagnosticParams))]
[JsonSerializable(typeof(DocumentDiagnosticReport))]
[JsonSerializable(typeof(CompletionList))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(CodeAction[]))]
[JsonSerializable(typeof(object[]))]
[JsonSerializable(typeof(WorkspaceEdit))]
[JsonSerializable(typeof(MarkupContent))]
[JsonSerializable(typeof(ExecuteCommandParams))]
[JsonSerializable(typeof(ApplyWorkspaceEditParams))]
[JsonSerializable(typeof(ApplyWorkspaceEditResult))]
[JsonSerializable(typeof(ShowDocumentParams))]
[JsonSerializable(typeof(ShowDocumentResult))]
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
internal sealed partial class LspJsonContext : JsonSerializerContext;
