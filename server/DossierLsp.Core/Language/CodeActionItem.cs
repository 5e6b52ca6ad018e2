using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Language;

/// <summary>
/// A code action: an edit (<see cref="Fix"/>), or, when <see cref="Open"/> is set, a file to show instead; and the
/// findings it resolves or concerns.
/// </summary>
public sealed record CodeActionItem(CodeFix Fix, IReadOnlyList<Finding> Findings, FileLocation? Open = null);

/// <summary>A place in a file outside the document: zero-based line and UTF-16 column.</summary>
public sealed record FileLocation(string Path, int Line, int Column);
