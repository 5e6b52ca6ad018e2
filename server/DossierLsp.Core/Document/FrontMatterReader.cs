using DossierLsp.Core.Text;
using DossierLsp.Core.Yaml;

namespace DossierLsp.Core.Document;

/// <summary>Reads the top-level scalar keys of YAML front matter; the <c>dossier</c> key is the in-file schema marker.</summary>
internal static class FrontMatterReader
{
    public const string MarkerKey = "dossier";

    public static (IReadOnlyList<FrontMatterEntry> Entries, string? Marker) Read(SourceText source, TextSpan block, List<ParseProblem> problems)
    {
        // The block spans "---\n…\n---": read what lies between the fence lines.
        int firstLine = source.GetLineFromOffset(block.Start) + 1;
        int lastLine = source.GetLineFromOffset(Math.Max(block.Start, block.End - 1)) - 1;
        if (lastLine < firstLine)
        {
            return ([], null);
        }
        int start = source.GetLineStart(firstLine);
        string yaml = source.Text[start..source.GetLineEndIncludingBreak(lastLine)];
        YamlReadResult read = SafeYamlReader.Read(yaml);
        foreach (YamlError error in read.Errors)
        {
            int offset = source.GetOffset(new LinePosition(firstLine + error.Line - 1, error.Column - 1));
            problems.Add(new ParseProblem(new TextSpan(offset, 0), $"front matter: {error.Message}"));
        }
        if (read.Root is not YamlMapping mapping)
        {
            return ([], null);
        }

        var entries = new List<FrontMatterEntry>();
        string? marker = null;
        foreach (var (key, value) in mapping.Entries)
        {
            if (value is not YamlScalar scalar)
            {
                continue;
            }
            if (string.Equals(key.Value, MarkerKey, StringComparison.OrdinalIgnoreCase))
            {
                marker = scalar.Value.Trim();
            }
            entries.Add(new FrontMatterEntry(
                key.Value,
                TextSpan.FromBounds(start + key.Start.Offset, start + key.End.Offset),
                scalar.Value,
                TextSpan.FromBounds(start + scalar.Start.Offset, start + scalar.End.Offset)));
        }
        return (entries, marker);
    }
}
