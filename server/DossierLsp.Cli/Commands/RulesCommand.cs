using DossierLsp.Core.Analysis;
using System.CommandLine;
using DossierLsp.Cli.Output;
using DossierLsp.Core.Rules;

namespace DossierLsp.Cli.Commands;

/// <summary><c>dossier rules</c>: one line per rule and per non-rule finding, or with <c>--format markdown</c> the text of docs/RULES.md.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f") { Description = "text: id, default severity and summary; markdown: docs/RULES.md.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown");
        var command = new Command("rules", "List the rules, and the findings that come from outside them, with their default severity.") { format };
        command.SetAction(parse =>
        {
            if (parse.GetValue(format) == "markdown")
            {
                Console.Out.Write(RuleDocs.Markdown());
                return ExitCodes.Clean;
            }
            foreach (Rule rule in RuleCatalog.All)
            {
                Console.Out.WriteLine($"{rule.Id,-28} {rule.DefaultSeverity.Name(),-8} {rule.Summary}");
            }
            foreach (NonRuleFinding finding in NonRuleFindings.All)
            {
                Console.Out.WriteLine($"{finding.Id,-28} {finding.Severity.Name(),-8} {finding.Summary} (not a rule: cannot be turned off)");
            }
            return ExitCodes.Clean;
        });
        return command;
    }
}
