using DossierLsp.Core.Analysis;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules;

/// <summary>
/// A kind of finding that no rule reports (so no config can turn it off), documented like a rule: docs/RULES.md,
/// SARIF's rule list and <c>dossier rules</c> read these members.
/// </summary>
/// <param name="Summary">One line: what was found.</param>
/// <param name="Description">When it is reported and what its message says (Markdown).</param>
/// <param name="Fix">How to fix it (Markdown).</param>
public sealed record NonRuleFinding(string Id, Severity Severity, string Summary, string Description, string Fix)
{
    public Finding At(TextSpan span, string message) => new(Id, Severity, span, message);
}
