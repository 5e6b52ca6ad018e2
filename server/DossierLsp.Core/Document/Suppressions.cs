using DossierLsp.Core.Text;

namespace DossierLsp.Core.Document;

/// <summary>
/// Inline suppressions: <c>&lt;!-- dossier-disable-next-line RULE --&gt;</c> and
/// <c>&lt;!-- dossier-disable RULE --&gt;</c> … <c>&lt;!-- dossier-enable RULE --&gt;</c>. No rule list means every rule.
/// </summary>
public sealed class Suppressions
{
    private readonly IReadOnlyList<SuppressedLines> _ranges;

    public Suppressions(IReadOnlyList<SuppressedLines> ranges) => _ranges = ranges;

    public static readonly Suppressions None = new([]);

    // A loop, not LINQ: this runs for every finding of every file, and most files have no suppressions at all.
    public bool IsSuppressed(string ruleId, int line)
    {
        for (int i = 0; i < _ranges.Count; i++)
        {
            SuppressedLines range = _ranges[i];
            if (line >= range.FirstLine && line <= range.LastLine && (range.Rules.Count == 0 || range.Rules.Contains(ruleId, StringComparer.OrdinalIgnoreCase)))
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>Lines (zero-based, inclusive) on which <see cref="Rules"/> (or every rule, when empty) are silent.</summary>
public sealed record SuppressedLines(int FirstLine, int LastLine, IReadOnlyList<string> Rules);
