using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Analysis;

/// <summary>A line of the fields section that looks like a field but cannot be read as one: why, and how to write it.</summary>
public sealed record UnreadableField(TextSpan Span, FieldSpec Spec, string Why, string Suggestion);
