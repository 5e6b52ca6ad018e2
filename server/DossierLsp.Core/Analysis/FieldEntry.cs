using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Analysis;

/// <summary>How a field was written. <see cref="Bold"/> (<c>- **Key**: value</c>) is the canonical form.</summary>
public enum FieldForm
{
    /// <summary><c>- **Key**: value</c> (or <c>__Key__</c>).</summary>
    Bold,
    /// <summary><c>- **Key:** value</c>.</summary>
    BoldColonInside,
    /// <summary><c>- Key: value</c>.</summary>
    Plain,
    /// <summary>A bullet with another separator: <c>- Key = value</c>, <c>- Key - value</c>, <c>- Key:: value</c>.</summary>
    Separated,
    /// <summary>Any of the forms above without a bullet: <c>Company: Acme</c>.</summary>
    Line,
    /// <summary>A row of a two-column table: <c>| Company | Acme |</c>.</summary>
    Table,
    FrontMatter,
}

/// <summary>A field as written, with exact spans, bound to its schema field when the key is known.</summary>
public sealed record FieldEntry(string Key, TextSpan KeySpan, string Value, TextSpan ValueSpan, TextSpan LineSpan, FieldForm Form, FieldSpec? Spec)
{
    /// <summary>How the key matched <see cref="Spec"/>: a misspelt key is bound so its value is still checked.</summary>
    public NameMatchKind Match { get; init; }
    /// <summary>The schema's spelling of the name <see cref="Key"/> matched (the key or an alias).</summary>
    public string? Name { get; init; }

    public bool IsEmpty => Value.Length == 0;

    /// <summary>
    /// The value as a reader sees it (<c>[Wise](…)</c> is <c>Wise</c>): what rules compare and parse. Computed once, when
    /// the entry is made; a copy with another <see cref="Value"/> must be made with the constructor, not <c>with</c>.
    /// </summary>
    public string Text { get; } = Values.VisibleText.Of(Value);
}
