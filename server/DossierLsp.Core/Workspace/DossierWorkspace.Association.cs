using DossierLsp.Core.Config;
using DossierLsp.Core.Document;
using DossierLsp.Core.Schema;
using Microsoft.Extensions.FileSystemGlobbing;

namespace DossierLsp.Core.Workspace;

// Which files are dossiers (the order is in DossierWorkspace's remarks), kept apart from finding the configuration.
public sealed partial class DossierWorkspace
{
    private Association Associate(string path, DossierDocument document, ConfigContext context, bool explicitlyNamed)
    {
        if (document.Marker is { } marker)
        {
            return string.Equals(marker, OptOut, StringComparison.OrdinalIgnoreCase)
                ? Association.Skip("opted out by its 'dossier: off' marker")
                : new Association(true, marker, $"marked 'dossier: {marker}'");
        }

        DossierConfig config = context.Config;
        if (config.BaseDirectory is { } baseDirectory && (config.Include.Count > 0 || config.Exclude.Count > 0))
        {
            string relative = Path.GetRelativePath(baseDirectory, path).Replace('\\', '/');
            if (context.Exclude.Match(relative).HasMatches)
            {
                return explicitlyNamed
                    ? new Association(true, null, "named explicitly (though the config excludes it)")
                    : Association.Skip($"excluded by {config.Path}");
            }
            if (config.Include.Count > 0)
            {
                return context.IncludeMatching(relative) is { } include
                    ? new Association(true, include.Schema, $"included by '{include.Glob}' in {config.Path}")
                    : explicitlyNamed
                        ? new Association(true, null, "named explicitly")
                        : Association.Skip($"not matched by the include globs of {config.Path}");
            }
        }

        if (document.Title is { } title)
        {
            foreach (DossierSchema schema in KnownSchemas(context))
            {
                if (schema.Title is { } spec && spec.PatternMatch(title.Text) is { } match)
                {
                    return new Association(true, schema == context.Schema ? null : schema.Name, $"title matches schema '{schema.Name}'") { Title = (schema, match) };
                }
            }
        }
        DossierContent content = DossierContent.Of(document, context.Schema, context.Config);
        return content.IsDossier ? new Association(true, null, content.Reason(document.Title)) : Association.Skip(content.Reason(document.Title));
    }

    private static IEnumerable<DossierSchema> KnownSchemas(ConfigContext context)
    {
        yield return context.Schema;
        foreach (string name in SchemaLoader.BuiltInNames)
        {
            DossierSchema builtIn = SchemaLoader.BuiltIn(name);
            if (builtIn != context.Schema)
            {
                yield return builtIn;
            }
        }
    }
}
