using DossierLsp.Core.Text;

namespace DossierLsp.Core.Analysis;

/// <summary>Applies the automatic fixes of an analysis to its text, for <c>dossier lint --fix</c>.</summary>
public static class AutomaticFixes
{
    /// <summary>
    /// The text with every automatic fix applied whose edits overlap no earlier one, and how many were applied.
    /// The caller lints the result again: a fix skipped for overlapping is then applied on the next pass.
    /// </summary>
    public static (string Text, int Applied) Apply(SourceText text, IEnumerable<Finding> findings)
    {
        var chosen = new List<CodeFix>();
        var taken = new List<TextSpan>();
        foreach (CodeFix fix in findings.SelectMany(f => f.Fixes).Where(f => f.IsAutomatic).Distinct())
        {
            if (fix.Edits.Any(e => taken.Any(t => Overlaps(t, e.Span))))
            {
                continue;
            }
            chosen.Add(fix);
            taken.AddRange(fix.Edits.Select(e => e.Span));
        }
        if (chosen.Count == 0)
        {
            return (text.Text, 0);
        }
        return (ApplyEdits(text.Text, chosen.SelectMany(f => f.Edits)), chosen.Count);
    }

    /// <summary>The text with non-overlapping edits applied.</summary>
    public static string ApplyEdits(string text, IEnumerable<TextEdit> edits)
    {
        var result = new System.Text.StringBuilder(text);
        foreach (TextEdit edit in edits.OrderByDescending(e => e.Span.Start))
        {
            result.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText);
        }
        return result.ToString();
    }

    // Touching spans overlap too: two inserts at one offset would otherwise come out in either order.
    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start <= b.End && b.Start <= a.End;
}
