using DossierLsp.Core.Analysis;
using DossierLsp.Core.Rules;

namespace DossierLsp.Cli.Output;

/// <summary>What a report says about each id a row may carry: the core's rules, then its <see cref="NonRuleFindings"/>.</summary>
internal sealed record RuleDescriptor(string Id, Severity Level, string Summary, string Description, string Help)
{
    /// <summary>The id's section of docs/RULES.md, where rules and non-rule findings alike are documented.</summary>
    public string HelpUri => RuleDocs.Link(Id);

    public static readonly IReadOnlyList<RuleDescriptor> All =
    [
        .. RuleCatalog.All.Select(r => new RuleDescriptor(r.Id, r.DefaultSeverity, r.Summary, r.Description, r.Fix)),
        .. NonRuleFindings.All.Select(f => new RuleDescriptor(f.Id, f.Severity, f.Summary, f.Description, f.Fix)),
    ];
}
