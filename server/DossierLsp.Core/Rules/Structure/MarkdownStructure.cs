using System.Runtime.CompilerServices;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Document;

namespace DossierLsp.Core.Rules.Structure;

internal sealed class MarkdownStructure() : Rule(
    "markdown-unreadable",
    Severity.Error,
    "Part of the document could not be read as Markdown.",
    "Reports what the Markdown reader had to give up on: a document over the size limit, or front matter that is not valid YAML. The rest of the document is still checked. (Lines set aside because they are nested too deeply are `markdown-set-aside`.)",
    "---\nposition: Data Engineer: Platform\n---",
    "Fix the YAML at the position given (quote a value that holds a colon), flatten the nesting, or split the document.")
{
    [ModuleInitializer]
    internal static void Register() => RuleCatalog.Register(new MarkdownStructure());

    public override void Check(RuleContext context)
    {
        foreach (ParseProblem problem in context.Document.Document.Problems.Where(p => !p.SetAside))
        {
            context.Report(problem.Span, problem.Message);
        }
    }
}
