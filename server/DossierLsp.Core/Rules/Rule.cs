using DossierLsp.Core.Analysis;

namespace DossierLsp.Core.Rules;

/// <summary>
/// One check. Each rule lives in its own file named after its id, is listed in <see cref="RuleCatalog"/>, and
/// documents itself: docs/RULES.md is generated from these members.
/// </summary>
public abstract class Rule
{
    /// <summary>Stable kebab-case id, used in config, suppression comments and diagnostics. Never reused once retired.</summary>
    public abstract string Id { get; }
    public abstract Severity DefaultSeverity { get; }
    /// <summary>One line: what the rule finds.</summary>
    public abstract string Summary { get; }
    /// <summary>What exactly it checks and why (Markdown).</summary>
    public abstract string Description { get; }
    /// <summary>A Markdown snippet that triggers the rule.</summary>
    public abstract string Example { get; }
    /// <summary>How to fix a finding (Markdown).</summary>
    public abstract string Fix { get; }

    public abstract void Check(RuleContext context);
}
