using System.Globalization;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Yaml;

/// <summary>Typed reading of YAML nodes for the schema and config loaders; every mismatch becomes a <see cref="ConfigError"/>.</summary>
internal sealed class YamlValueReader(string file, List<ConfigError> errors)
{
    public string File { get; } = file;

    public void Error(YamlNode node, string message) => errors.Add(new ConfigError(File, node.Start.Line, node.Start.Column, message));

    /// <summary>Reports keys not in <paramref name="allowed"/>, suggesting the closest one.</summary>
    public void CheckKeys(YamlMapping mapping, string where, params string[] allowed)
    {
        foreach (var (key, _) in mapping.Entries)
        {
            if (allowed.Contains(key.Value, StringComparer.Ordinal))
            {
                continue;
            }
            string? closest = Spelling.Closest(key.Value, allowed);
            Error(key, closest is null
                ? $"unknown key '{key.Value}' in {where}; expected one of: {Text.Quote.List(allowed)}"
                : $"unknown key '{key.Value}' in {where}; did you mean '{closest}'?");
        }
    }

    public YamlMapping? Mapping(YamlNode? node, string what)
    {
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return null;
        }
        if (node is YamlMapping mapping)
        {
            return mapping;
        }
        Error(node, $"{what} must be a mapping of keys to values");
        return null;
    }

    public string? String(YamlNode? node, string what)
    {
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return null;
        }
        if (node is YamlScalar scalar)
        {
            return scalar.Value;
        }
        Error(node, $"{what} must be a single value, not a list or mapping");
        return null;
    }

    public string? RequiredString(YamlMapping mapping, string key, string what)
    {
        if (String(mapping[key], what) is { Length: > 0 } value)
        {
            return value;
        }
        Error(mapping[key] ?? mapping, $"{what} needs '{key}'");
        return null;
    }

    public bool? Bool(YamlNode? node, string what)
    {
        if (String(node, what) is not { } text)
        {
            return null;
        }
        if (text is "true" or "True" or "TRUE" or "yes")
        {
            return true;
        }
        if (text is "false" or "False" or "FALSE" or "no")
        {
            return false;
        }
        Error(node!, $"{what} must be true or false, not '{text}'");
        return null;
    }

    public decimal? Number(YamlNode? node, string what, decimal minimum = 0)
    {
        if (String(node, what) is not { } text)
        {
            return null;
        }
        if (decimal.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out decimal value) && value >= minimum)
        {
            return value;
        }
        Error(node!, $"{what} must be a number of at least {minimum}, not '{text}'");
        return null;
    }

    /// <summary>A list of strings; a single value is read as a list of one.</summary>
    public IReadOnlyList<string>? StringList(YamlNode? node, string what)
    {
        switch (node)
        {
            case null or YamlScalar { IsNull: true }:
                return null;
            case YamlScalar scalar:
                return [scalar.Value];
            case YamlSequence sequence:
                var values = new List<string>();
                foreach (YamlNode item in sequence.Items)
                {
                    if (item is YamlScalar { IsNull: false } value)
                    {
                        values.Add(value.Value);
                    }
                    else
                    {
                        Error(item, $"{what} must be a list of values");
                    }
                }
                return values;
            default:
                Error(node, $"{what} must be a list of values");
                return null;
        }
    }

    /// <summary>Reads YAML text, reporting its syntax errors; null when there is nothing usable.</summary>
    public static YamlNode? Parse(string text, string file, List<ConfigError> errors)
    {
        YamlReadResult read = SafeYamlReader.Read(text);
        errors.AddRange(read.Errors.Select(e => new ConfigError(file, e.Line, e.Column, e.Message)));
        return read.Root;
    }
}
