using DossierLsp.Core.Yaml;

namespace DossierLsp.Core.Schema;

/// <summary>The <c>enums</c> part of a schema (see <see cref="SchemaLoader"/>): values, their aliases and descriptions.</summary>
internal static class SchemaEnums
{
    public static Dictionary<string, EnumSpec> Read(YamlValueReader read, YamlNode? node)
    {
        var enums = new Dictionary<string, EnumSpec>(StringComparer.Ordinal);
        if (read.Mapping(node, "enums") is not { } mapping)
        {
            return enums;
        }
        foreach (var (key, value) in mapping.Entries)
        {
            if (read.Mapping(value, $"enum '{key.Value}'") is { } spec)
            {
                enums[key.Value] = ReadEnum(read, key.Value, spec);
            }
        }
        return enums;
    }

    private static EnumSpec ReadEnum(YamlValueReader read, string name, YamlMapping spec)
    {
        read.CheckKeys(spec, $"enum '{name}'", "description", "values");
        var values = new List<EnumValueSpec>();
        if (spec["values"] is YamlSequence list)
        {
            // Every value and alias, by the key it is matched with, so no two can be confused.
            var taken = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (YamlNode item in list.Items)
            {
                if (ReadEnumValue(read, name, item, taken) is { } value)
                {
                    values.Add(value);
                }
            }
        }
        else
        {
            read.Error(spec["values"] ?? spec, $"enum '{name}' needs a list of values");
        }
        return new EnumSpec { Name = name, Description = read.String(spec["description"], "description"), Values = values };
    }

    private static EnumValueSpec? ReadEnumValue(YamlValueReader read, string enumName, YamlNode item, Dictionary<string, string> taken)
    {
        if (read.Mapping(item, "an enum value") is not { } entry)
        {
            return null;
        }
        read.CheckKeys(entry, "an enum value", "value", "aliases", "description", "anyStage");
        if (read.RequiredString(entry, "value", "an enum value") is not { } value)
        {
            return null;
        }
        Claim(read, enumName, entry["value"]!, value, value, taken);
        var aliases = read.StringList(entry["aliases"], "aliases") ?? [];
        foreach (string alias in aliases)
        {
            Claim(read, enumName, entry["aliases"]!, alias, value, taken);
        }
        return new EnumValueSpec
        {
            Value = value,
            Aliases = aliases,
            Description = read.String(entry["description"], "description"),
            AnyStage = read.Bool(entry["anyStage"], "anyStage") ?? false,
        };
    }

    /// <summary>Records that <paramref name="name"/> (a value or alias) means <paramref name="value"/>; reports it when taken.</summary>
    private static void Claim(YamlValueReader read, string enumName, YamlNode at, string name, string value, Dictionary<string, string> taken)
    {
        string key = EnumSpec.NameKey(name);
        if (key.Length == 0)
        {
            read.Error(at, $"enum '{enumName}': '{name}' has no letters or digits to match");
        }
        else if (taken.TryGetValue(key, out string? owner))
        {
            read.Error(at, name == value && EnumSpec.NameKey(owner) == key
                ? $"enum '{enumName}' lists '{name}' twice"
                : $"enum '{enumName}': '{name}' is already used by value '{owner}' (values and aliases are compared by their letters and digits)");
        }
        else
        {
            taken[key] = value;
        }
    }
}
