namespace DossierLsp.Core.Schema;

/// <summary>How closely a heading or key written in a dossier matches a schema name.</summary>
public enum NameMatchKind
{
    /// <summary>Written exactly as the schema spells the heading, key or alias.</summary>
    Exact,
    /// <summary>The same name with other case, spacing, punctuation, numbering, emoji or a note: a style finding at most.</summary>
    Styled,
    /// <summary>Within a few letters of a name the document lacks: probably a typo of it.</summary>
    Misspelt,
}
