using DossierLsp.Core.Analysis;
using DossierLsp.Core.Document;

namespace DossierLsp.Core.Rules.Structure;

internal sealed class MarkdownUnreadable : Rule
{
    public override string Id => "markdown-unreadable";
    public override Severity DefaultSeverity => Severity.Error;
    public override string Summary => "Part of the document could not be read as Markdown.";
    public override string Description => "Reports what the Markdown reader had to give up on: a document over the size limit, or front matter that is not valid YAML. The rest of the document is still checked. (Lines set aside because they are nested too deeply are `markdown-set-aside`.)";
    public override string Example => "---\nposition: Data Engineer: Platform\n---";
    public override string Fix => "Fix the YAML at the position given (quote a value that holds a colon), or split the document.";

    public override void Check(RuleContext context)
    {
        foreach (ParseProblem problem in context.Document.Document.Problems.Where(p => !p.SetAside))
        {
            context.Report(problem.Span, problem.Message);
        }
    }
}
