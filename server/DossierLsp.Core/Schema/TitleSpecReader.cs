using System.Text.RegularExpressions;
using DossierLsp.Core.Text;
using DossierLsp.Core.Yaml;

namespace DossierLsp.Core.Schema;

/// <summary>The schema's <c>title:</c> entry: its pattern, example, agreements with fields and variants, each pattern
/// checked as it is read (a broken one is an error at its line, never a throw).</summary>
internal static class TitleSpecReader
{
    public static TitleSpec? Read(YamlValueReader read, YamlNode? node, List<FieldSpec> fields)
    {
        if (read.Mapping(node, "title") is not { } title)
        {
            return null;
        }
        read.CheckKeys(title, "title", "pattern", "example", "agree", "variants");
        if (read.RequiredString(title, "pattern", "title") is not { } pattern)
        {
            return null;
        }
        Regex regex;
        try
        {
            regex = GeneratedTitlePatterns.Create(pattern);
        }
        catch (ArgumentException e)
        {
            read.Error(title["pattern"]!, $"pattern is not a valid regular expression: {e.Message}");
            return null;
        }
        var agreements = new Dictionary<string, string>(StringComparer.Ordinal);
        if (read.Mapping(title["agree"], "agree") is { } agree)
        {
            foreach (var (capture, fieldNode) in agree.Entries)
            {
                if (!regex.GetGroupNames().Contains(capture.Value, StringComparer.Ordinal))
                {
                    read.Error(capture, $"the pattern has no group named '{capture.Value}'");
                }
                if (read.String(fieldNode, "agree") is { } fieldKey)
                {
                    if (!fields.Any(f => f.Matches(fieldKey)))
                    {
                        read.Error(fieldNode, $"agree names field '{fieldKey}', which is not defined");
                    }
                    agreements[capture.Value] = fieldKey;
                }
            }
        }
        return new TitleSpec
        {
            Pattern = regex,
            Example = read.String(title["example"], "example") ?? pattern,
            Agreements = agreements,
            Variants = ReadVariants(read, title["variants"]),
        };
    }

    private static Regex[] ReadVariants(YamlValueReader read, YamlNode? node)
    {
        var variants = new List<Regex>();
        foreach (YamlNode item in node is YamlSequence sequence ? sequence.Items : node is null ? [] : [node])
        {
            if (read.String(item, "variants") is not { } variant)
            {
                continue;
            }
            try
            {
                variants.Add(GeneratedTitlePatterns.Create(variant));
            }
            catch (ArgumentException e)
            {
                read.Error(item, $"variant is not a valid regular expression: {e.Message}");
            }
        }
        return variants.ToArray();
    }
}
