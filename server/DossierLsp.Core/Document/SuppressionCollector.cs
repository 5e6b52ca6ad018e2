using System.Text.RegularExpressions;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Document;

/// <summary>Collects the suppression comments of a document, pairing each <c>dossier-disable</c> with its <c>dossier-enable</c>.</summary>
internal sealed partial class SuppressionCollector(SourceText source)
{
    [GeneratedRegex(
        @"^\s*<!--\s*dossier-(?<verb>disable-next-line|disable|enable)(?<rules>(?:\s+[\w.-]+,?)*)\s*-->\s*$", RegexOptions.CultureInvariant, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex SuppressionComment { get; }

    private readonly List<SuppressedLines> _ranges = [];
    // Rule (or "" for every rule) → the line of its still-open disable comment.
    private readonly Dictionary<string, int> _openDisables = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads the HTML block at <paramref name="span"/> if it is a suppression comment.</summary>
    public void Read(TextSpan span)
    {
        int line = source.GetLineFromOffset(span.Start);
        Match match = SuppressionComment.Match(source.GetLineText(line));
        if (!match.Success)
        {
            return;
        }
        string[] rules = match.Groups["rules"].Value.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries);
        switch (match.Groups["verb"].Value)
        {
            case "disable-next-line":
                int next = NextNonBlankLine(source.GetLineFromOffset(span.End) + 1);
                _ranges.Add(new SuppressedLines(next, next, rules));
                break;
            case "disable":
                foreach (string rule in rules.DefaultIfEmpty(""))
                {
                    _openDisables.TryAdd(rule, line);
                }
                break;
            default:
                foreach (string rule in rules.DefaultIfEmpty(""))
                {
                    if (_openDisables.Remove(rule, out int first))
                    {
                        _ranges.Add(new SuppressedLines(first, line, RuleList(rule)));
                    }
                }
                break;
        }
    }

    /// <summary>The suppressions, with disables never enabled again running to the end of the document.</summary>
    public Suppressions Finish()
    {
        foreach (var (rule, firstLine) in _openDisables)
        {
            _ranges.Add(new SuppressedLines(firstLine, int.MaxValue, RuleList(rule)));
        }
        return new Suppressions(_ranges);
    }

    private static string[] RuleList(string rule) => rule.Length == 0 ? [] : [rule];

    private int NextNonBlankLine(int line)
    {
        while (line < source.LineCount && string.IsNullOrWhiteSpace(source.GetLineText(line)))
        {
            line++;
        }
        return line;
    }
}
