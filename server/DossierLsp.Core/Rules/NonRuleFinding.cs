using DossierLsp.Core.Analysis;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules;

/// <summary>A kind of finding that no rule reports (so no config can turn it off): its id, severity and docs summary.</summary>
public sealed record NonRuleFinding(string Id, Severity Severity, string Summary)
{
    public Finding At(TextSpan span, string message) => new(Id, Severity, span, message);
}
