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

    public bool IsSuppressed(string ruleId, int line) =>
        _ranges.Any(r => line >= r.FirstLine && line <= r.LastLine && (r.Rules.Count == 0 || r.Rules.Contains(ruleId, StringComparer.OrdinalIgnoreCase)));
}

/// <summary>Lines (zero-based, inclusive) on which <see cref="Rules"/> (or every rule, when empty) are silent.</summary>
public sealed record SuppressedLines(int FirstLine, int LastLine, IReadOnlyList<string> Rules);
