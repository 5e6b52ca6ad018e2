using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Analysis;

/// <summary>How a field was written. <see cref="Bold"/> (<c>- **Key**: value</c>) is the canonical form.</summary>
public enum FieldForm { Bold, BoldColonInside, Plain, FrontMatter }

/// <summary>A field as written, with exact spans, bound to its schema field when the key is known.</summary>
public sealed record FieldEntry(string Key, TextSpan KeySpan, string Value, TextSpan ValueSpan, TextSpan LineSpan, FieldForm Form, FieldSpec? Spec)
{
    public bool IsEmpty => Value.Length == 0;

    /// <summary>
    /// The value as a reader sees it (<c>[Wise](…)</c> is <c>Wise</c>): what rules compare and parse. Computed once, when
    /// the entry is made; a copy with another <see cref="Value"/> must be made with the constructor, not <c>with</c>.
    /// </summary>
    public string Text { get; } = Values.VisibleText.Of(Value);
}
