using DossierLsp.Core.Analysis;
using DossierLsp.Core.Rules;

namespace DossierLsp.Cli;

internal static class RulesCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is ["--format", "markdown"])
        {
            stdout.Write(RuleDocs.Markdown());
            return CommandLine.Clean;
        }
        if (args.Length > 0)
        {
            return CommandLine.Fail(stderr, $"rules: unknown option '{args[0]}'");
        }
        foreach (Rule rule in RuleCatalog.All)
        {
            stdout.WriteLine($"{rule.Id,-28} {rule.DefaultSeverity.Name(),-8} {rule.Summary}");
        }
        return CommandLine.Clean;
    }
}
