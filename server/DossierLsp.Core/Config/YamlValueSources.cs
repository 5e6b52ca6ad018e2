using DossierLsp.Core.Yaml;

namespace DossierLsp.Core.Config;

/// <summary>Where a config value read from YAML came from. An extension here, so <c>Yaml</c> knows nothing of <c>Config</c>.</summary>
internal static class YamlValueSources
{
    public static ValueSource SourceOf(this YamlValueReader read, YamlNode node) => new(read.File, read.File, node.Start.Line, node.Start.Column);
}
