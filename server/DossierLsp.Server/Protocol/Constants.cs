namespace DossierLsp.Server.Protocol;

// The LSP 3.17 enumerations this server sends, named as in the specification; the wire carries the numbers or strings.

internal static class DiagnosticSeverity
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Information = 3;
}

internal static class MessageType
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Info = 3;
    public const int Log = 4;
}

internal static class CompletionItemKind
{
    public const int Field = 5;
    public const int Value = 12;
    public const int Snippet = 15;
    public const int EnumMember = 20;
}

internal static class SymbolKind
{
    public const int File = 1;
    public const int Module = 2;
    public const int Field = 8;
}

internal static class InsertTextFormat
{
    public const int PlainText = 1;
    public const int Snippet = 2;
}

internal static class TextDocumentSyncKind
{
    public const int Incremental = 2;
}

internal static class MarkupKind
{
    public const string Markdown = "markdown";
}

internal static class CodeActionKind
{
    public const string QuickFix = "quickfix";
    public const string Source = "source";
}

internal static class FoldingRangeKind
{
    public const string Region = "region";
}
