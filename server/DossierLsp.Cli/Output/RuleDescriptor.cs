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
        new(NonRuleFindings.InternalError.Id, NonRuleFindings.InternalError.Severity, "A check failed inside dossier.", "A rule threw an exception; the other checks still ran.", "Please report it with the dossier that causes it.", null),
        new(NonRuleFindings.NotADossier.Id, NonRuleFindings.NotADossier.Severity, "A file named on the command line is not a dossier and was skipped.", "The file has no dossier marker, matches no include glob and its title and content do not look like a dossier; the message says why.", "Add a `dossier:` marker or an include glob if it is a dossier; otherwise stop naming it.", null),
        new(NonRuleFindings.SchemaUnavailable.Id, NonRuleFindings.SchemaUnavailable.Severity, "The schema a dossier names is missing or broken.", "A marker or include glob names a schema that cannot be read or loaded; the message gives the schema's file, line and column.", "Fix or restore the schema file.", null),
        .. FileProblems.All.Select(p => new RuleDescriptor(p.Id, p.Kind.Severity, p.Summary, p.Description, p.Help, null)),
    ];
}
