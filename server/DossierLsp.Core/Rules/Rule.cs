using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Rules;

/// <summary>
/// One check. Each rule lives in its own file, registers itself with <see cref="RuleCatalog"/> from a module
/// initializer (no reflection, so NativeAOT keeps it), and documents itself: docs/RULES.md is generated from these members.
/// </summary>
public abstract class Rule(string id, Severity defaultSeverity, string summary, string description, string example, string fix)
{
    /// <summary>Stable kebab-case id, used in config, suppression comments and diagnostics. Never reused once retired.</summary>
    public string Id { get; } = id;
    public Severity DefaultSeverity { get; } = defaultSeverity;
    /// <summary>One line: what the rule finds.</summary>
    public string Summary { get; } = summary;
    /// <summary>What exactly it checks and why (Markdown).</summary>
    public string Description { get; } = description;
    /// <summary>A Markdown snippet that triggers the rule.</summary>
    public string Example { get; } = example;
    /// <summary>How to fix a finding (Markdown).</summary>
    public string Fix { get; } = fix;

    public abstract void Check(RuleContext context);
}
