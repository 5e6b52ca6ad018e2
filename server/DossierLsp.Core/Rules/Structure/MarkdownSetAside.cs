using DossierLsp.Core.Analysis;
using DossierLsp.Core.Document;

namespace DossierLsp.Core.Rules.Structure;

internal sealed class MarkdownSetAside : Rule
{
    public override string Id => "markdown-set-aside";
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "Lines were left unread because reading them would take too long.";
    public override string Description => "Some Markdown costs the reader far more than its size: content nested more than 32 levels deep (block quotes, bullet or numbered lists, as in a pasted job post) and more than 1,000 headings underlined with `=` or `-`. Those lines are set aside, with one warning at the first of them, and the rest of the document is checked as usual.";
    public override string Example => "> > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > deeply quoted";
    public override string Fix => "Flatten the nesting (or move the pasted text to its own file); write headings with `#`.";

    public override void Check(RuleContext context)
    {
        foreach (ParseProblem problem in context.Document.Document.Problems.Where(p => p.SetAside))
        {
            context.Report(problem.Span, problem.Message);
        }
    }
}
