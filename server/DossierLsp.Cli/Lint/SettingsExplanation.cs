using DossierLsp.Core.Config;

namespace DossierLsp.Cli.Lint;

/// <summary>Every effective setting and where it came from (a file and position, a variable, editor settings or the default).</summary>
internal static class SettingsExplanation
{
    public static void Write(TextWriter output, IEnumerable<DossierConfig> configs)
    {
        foreach (DossierConfig config in configs)
        {
            output.WriteLine($"config: {config.Path ?? "(none found; defaults)"}");
            output.WriteLine($"  schema = {config.Schema.Value} ({config.Schema.Source})");
            output.WriteLine($"  dateOrder = {config.DateOrder}");
            foreach (IncludePattern include in config.Include)
            {
                output.WriteLine($"  include = {include.Glob}{(include.Schema is null ? "" : $" (schema {include.Schema})")}");
            }
            foreach (string exclude in config.Exclude)
            {
                output.WriteLine($"  exclude = {exclude}");
            }
            foreach (ProfileSetting setting in ProfileKeys.InForce(config.Profile))
            {
                output.WriteLine($"  profile.{setting.Name} = {setting.Value} ({setting.Source})");
            }
            foreach (var (rule, level) in config.Rules.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                output.WriteLine($"  rules.{rule} = {level.Value.Name()} ({level.Source})");
            }
        }
    }
}
