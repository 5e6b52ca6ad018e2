using DossierLsp.Core.Analysis;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules.Fields;

/// <summary>Fields written as the rows of one table, the table's lines, and the same fields as canonical bullets.</summary>
internal sealed record FieldTable(IReadOnlyList<FieldEntry> Fields, TextSpan Span, string? AsBullets);
