using System.Runtime.CompilerServices;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Document;

namespace DossierLsp.Core.Rules.Structure;

internal sealed class MarkdownSetAside() : Rule(
    "markdown-set-aside",
    Severity.Warning,
    "Lines were left unread because reading them would take too long.",
    "Some Markdown costs the reader far more than its size: content nested more than 32 levels deep (block quotes, bullet or numbered lists, as in a pasted job post) and more than 1,000 headings underlined with `=` or `-`. Those lines are set aside, with one warning at the first of them, and the rest of the document is checked as usual.",
    "> > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > deeply quoted",
    "Flatten the nesting (or move the pasted text to its own file); write headings with `#`.")
{
    [ModuleInitializer]
    internal static void Register() => RuleCatalog.Register(new MarkdownSetAside());

    public override void Check(RuleContext context)
    {
        foreach (ParseProblem problem in context.Document.Document.Problems.Where(p => p.SetAside))
        {
            context.Report(problem.Span, problem.Message);
        }
    }
}
