using DossierLsp.Core.Analysis;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Workspace;

/// <summary>The outcome of <see cref="FixAll.Apply"/>: the fixed text, its analysis, how many fixes were applied.</summary>
public sealed record FixAllResult(DocumentAnalysis Analysis, int Applied)
{
    public SourceText Text => Analysis.Text;

    /// <summary>The change as one edit of the original text (the changed middle), or null when nothing changed.</summary>
    public TextEdit? EditOf(SourceText original)
    {
        string before = original.Text, after = Text.Text;
        int prefix = 0;
        while (prefix < before.Length && prefix < after.Length && before[prefix] == after[prefix])
        {
            prefix++;
        }
        int suffix = 0;
        while (suffix < before.Length - prefix && suffix < after.Length - prefix && before[^(suffix + 1)] == after[^(suffix + 1)])
        {
            suffix++;
        }
        // Never split a surrogate pair or a CRLF: a client would see half a character replaced.
        while (prefix > 0 && prefix < before.Length && IsInsidePair(before, prefix))
        {
            prefix--;
        }
        while (suffix > 0 && IsInsidePair(before, before.Length - suffix))
        {
            suffix--;
        }
        return before == after ? null : new TextEdit(TextSpan.FromBounds(prefix, before.Length - suffix), after[prefix..^suffix]);
    }

    private static bool IsInsidePair(string text, int offset) =>
        offset > 0 && offset < text.Length
        && ((char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset])) || (text[offset - 1] == '\r' && text[offset] == '\n'));
}

/// <summary>
/// Every automatic (safe, spelling-only) fix, applied and re-linted until none is left: the one mechanism behind
/// <c>dossier lint --fix</c>, the editor's "Fix All" and <c>source.fixAll.dossier</c>.
/// </summary>
public static class FixAll
{
    /// <summary>Enough for fixes that only become possible after another (a fix skipped for overlapping one).</summary>
    public const int MaxPasses = 10;

    public static FixAllResult Apply(DocumentAnalysis analysis, Func<SourceText, DocumentAnalysis> reanalyze)
    {
        int applied = 0;
        for (int pass = 0; analysis.IsDossier && pass < MaxPasses; pass++)
        {
            var (fixedText, count) = AutomaticFixes.Apply(analysis.Text, analysis.Findings);
            if (count == 0)
            {
                break;
            }
            applied += count;
            analysis = reanalyze(new SourceText(fixedText));
        }
        return new FixAllResult(analysis, applied);
    }
}
