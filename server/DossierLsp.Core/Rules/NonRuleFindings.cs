using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Rules;

/// <summary>
/// The closed set of findings that come from outside the rules, in the order docs/RULES.md lists them. The core
/// reports some; the CLI reports the file ones.
/// </summary>
public static class NonRuleFindings
{
    public static readonly NonRuleFinding FileUnreadable =
        new("file-unreadable", Severity.Error, "`dossier lint` could not read a file, or it is not UTF-8");

    public static readonly NonRuleFinding FileUnwritable =
        new("file-unwritable", Severity.Error, "`dossier lint --fix` could not write its fixes");

    public static readonly NonRuleFinding NotADossier =
        new("not-a-dossier", Severity.Warning, "a file named on the command line does not look like a dossier and is skipped; the message says why");

    public static readonly NonRuleFinding SchemaUnavailable =
        new("schema-unavailable", Severity.Error, "a marker or include glob names a schema that is missing or broken; the message gives the schema's file, line and column");

    /// <summary>A rule itself failed: a bug of ours must not take the editor or a CI run down.</summary>
    public static readonly NonRuleFinding InternalError =
        new("internal-error", Severity.Error, "a rule failed; please report it");

    public static readonly IReadOnlyList<NonRuleFinding> All = [FileUnreadable, FileUnwritable, NotADossier, SchemaUnavailable, InternalError];
}
