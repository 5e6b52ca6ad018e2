using DossierLsp.Cli.Lint;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Rules;

namespace DossierLsp.Cli.Output;

/// <summary>What a report can say about each id a row may carry: the core's rules, then the CLI's own file problems.</summary>
internal sealed record RuleDescriptor(string Id, Severity Level, string Summary, string Description, string Help, string? HelpUri)
{
    public static readonly IReadOnlyList<RuleDescriptor> All =
    [
        .. RuleCatalog.All.Select(r => new RuleDescriptor(r.Id, r.DefaultSeverity, r.Summary, r.Description, r.Fix, RuleDocs.Link(r.Id))),
        new(DossierAnalyzer.InternalErrorId, Severity.Error, "A check failed inside dossier.", "A rule threw an exception; the other checks still ran.", "Please report it with the dossier that causes it.", null),
        .. FileProblems.All.Select(p => new RuleDescriptor(p.Id, Severity.Error, p.Summary, p.Description, p.Help, null)),
    ];
}
