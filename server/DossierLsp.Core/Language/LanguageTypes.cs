using DossierLsp.Core.Text;

namespace DossierLsp.Core.Language;

public enum CompletionKind { Value, Field, Section, Date }

/// <summary>
/// A completion candidate: <see cref="InsertText"/> replaces <see cref="ReplaceSpan"/>. When it is a snippet,
/// <see cref="PlainText"/> is the same insertion without tab stops, for clients that cannot expand snippets.
/// <see cref="Preselect"/> marks the one candidate the user most likely wants (the next status).
/// </summary>
public sealed record CompletionCandidate(
    string Label,
    CompletionKind Kind,
    TextSpan ReplaceSpan,
    string InsertText,
    bool IsSnippet,
    string SortText,
    string? Detail = null,
    string? Documentation = null,
    string? FilterText = null,
    string? PlainText = null,
    bool Preselect = false);

/// <summary>Markdown shown when hovering <see cref="Span"/>.</summary>
public sealed record HoverInfo(TextSpan Span, string Markdown);

public enum SymbolKindHint { Title, Section, Field }

/// <summary>An outline node: title → sections → fields.</summary>
public sealed record OutlineNode(string Name, string? Detail, SymbolKindHint Kind, TextSpan Span, TextSpan SelectionSpan, IReadOnlyList<OutlineNode> Children);

/// <summary>A short label shown inline at <see cref="Offset"/>, e.g. a salary's annual equivalent.</summary>
public sealed record InlayHintInfo(int Offset, string Label);

/// <summary>Lines (zero-based, inclusive) a section folds over.</summary>
public sealed record FoldingSpan(int StartLine, int EndLine);

/// <summary>A status value and its description, for pickers.</summary>
public sealed record StatusChoice(string Value, string? Description);

/// <summary>What a client shows about a document outside the text: its status and the statuses it may take.</summary>
public sealed record DocumentInfo(bool IsDossier, string? Status, StatusState StatusState, IReadOnlyList<StatusChoice> Statuses);
