using System.Reflection;
using System.Text;
using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Rules;

/// <summary>Generates docs/RULES.md from the rules themselves, so the docs cannot drift (a test compares them).</summary>
public static class RuleDocs
{
    /// <summary>
    /// The project's repository, which tools' reports link to: <c>RepositoryUrl</c> in Directory.Build.props, written into
    /// the assembly by the build (reading an attribute is trim-safe).
    /// </summary>
    public static readonly string ProjectHome =
        typeof(RuleDocs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryUrl").Value!;
    /// <summary>Where the docs folder is published.</summary>
    public static readonly string Documentation = ProjectHome + "/blob/main/docs/";

    /// <summary>A rule's section of the published docs/RULES.md (the rule id is the anchor).</summary>
    public static string Link(string ruleId) => $"{Documentation}RULES.md#{ruleId}";

    public static string Markdown()
    {
        var text = new StringBuilder();
        text.Append("# Rules\n\n");
        text.Append("Generated from the rule classes by `dossier rules --format markdown`; do not edit by hand.\n\n");
        text.Append("Change a rule's severity, or turn it off, in `dossier.config.yaml` (`rules: { RULE-ID: error|warning|info|off }`) ");
        text.Append("or silence it inline with `<!-- dossier-disable-next-line RULE-ID -->` or `<!-- dossier-disable RULE-ID -->` … `<!-- dossier-enable RULE-ID -->`.\n\n");
        text.Append("| Rule | Default | Summary |\n|---|---|---|\n");
        foreach (Rule rule in RuleCatalog.All)
        {
            text.Append($"| [`{rule.Id}`](#{rule.Id}) | {Severity(rule)} | {rule.Summary} |\n");
        }
        text.Append("\nSome findings come from outside the rules and cannot be turned off:\n\n");
        text.Append("| Finding | Severity | Summary |\n|---|---|---|\n");
        foreach (NonRuleFinding finding in NonRuleFindings.All)
        {
            text.Append($"| [`{finding.Id}`](#{finding.Id}) | {finding.Severity.Name()} | {finding.Summary} |\n");
        }
        foreach (Rule rule in RuleCatalog.All)
        {
            text.Append($"\n## {rule.Id}\n\n");
            text.Append($"Default severity: **{Severity(rule)}**. {rule.Summary}\n\n");
            text.Append($"{rule.Description}\n\n");
            text.Append("Example:\n\n```markdown\n").Append(rule.Example).Append("\n```\n\n");
            text.Append($"How to fix: {rule.Fix}\n");
        }
        foreach (NonRuleFinding finding in NonRuleFindings.All)
        {
            text.Append($"\n## {finding.Id}\n\n");
            text.Append($"Severity: **{finding.Severity.Name()}**, not a rule: it cannot be turned off. {finding.Summary}\n\n");
            text.Append($"{finding.Description}\n\n");
            text.Append($"How to fix: {finding.Fix}\n");
        }
        return text.ToString();
    }

    private static string Severity(Rule rule) => rule.DefaultSeverity.Name();
}
