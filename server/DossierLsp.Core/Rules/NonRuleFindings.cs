using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Rules;

/// <summary>
/// The closed set of findings that come from outside the rules, in the order docs/RULES.md lists them. The core
/// reports some; the CLI reports the file ones.
/// </summary>
public static class NonRuleFindings
{
    public static readonly NonRuleFinding FileUnreadable = new(
        "file-unreadable", Severity.Error,
        "`dossier lint` could not read a file as a UTF-8 dossier.",
        "The file could not be opened, is not a regular file, is too large, or is not valid UTF-8; the message says which, at the first bad byte for an encoding error.",
        "Re-save the file as UTF-8, or check its permissions.");

    public static readonly NonRuleFinding FileUnwritable = new(
        "file-unwritable", Severity.Error,
        "`dossier lint --fix` could not write its fixes.",
        "The fixes were computed but the file could not be replaced; it is unchanged.",
        "Check the folder's permissions and free space.");

    public static readonly NonRuleFinding NotADossier = new(
        "not-a-dossier", Severity.Warning,
        "A file named on the command line is not a dossier and was skipped.",
        "Its marker, the config's globs, its title and its content do not make it a dossier (docs/CONFIG.md, \"Which files are dossiers\"); the message says why.",
        "Add a `dossier:` marker or an include glob if it is a dossier; otherwise stop naming it.");

    public static readonly NonRuleFinding SchemaUnavailable = new(
        "schema-unavailable", Severity.Error,
        "The schema a dossier names is missing or broken.",
        "A marker or include glob names a schema that cannot be read or loaded; the message gives the schema's file, line and column.",
        "Fix or restore the schema file, or name another schema.");

    /// <summary>A rule itself failed: a bug of ours must not take the editor or a CI run down.</summary>
    public static readonly NonRuleFinding InternalError = new(
        "internal-error", Severity.Error,
        "A rule failed inside dossier.",
        "A rule threw an exception; the other rules still ran, and the message names the rule.",
        "Please report it with the dossier that causes it.");

    public static readonly IReadOnlyList<NonRuleFinding> All = [FileUnreadable, FileUnwritable, NotADossier, SchemaUnavailable, InternalError];
}
