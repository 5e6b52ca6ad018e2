using DossierLsp.Core.Rules;

namespace DossierLsp.Cli.Lint;

/// <summary>
/// The problems the CLI itself reports about a file, as rows beside the core's findings: the core's
/// <see cref="NonRuleFindings"/> kind (id, severity) with the longer texts reports such as SARIF show.
/// </summary>
internal sealed record FileProblems(NonRuleFinding Kind, string Summary, string Description, string Help)
{
    public string Id => Kind.Id;

    public static readonly FileProblems Unreadable = new(
        NonRuleFindings.FileUnreadable, "The file cannot be read as a UTF-8 dossier.",
        "The file could not be opened, is not a regular file, is too large, or is not valid UTF-8.", "Re-save the file as UTF-8, or check its permissions.");

    public static readonly FileProblems Unwritable = new(
        NonRuleFindings.FileUnwritable, "The fixes could not be written.",
        "--fix computed fixes but could not replace the file; the file is unchanged.", "Check the folder's permissions and free space.");

    public static readonly IReadOnlyList<FileProblems> All = [Unreadable, Unwritable];
}
