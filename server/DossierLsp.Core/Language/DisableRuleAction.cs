using DossierLsp.Core.Analysis;
using DossierLsp.Core.Document;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Language;

/// <summary>"Disable RULE for this file": a <c>&lt;!-- dossier-disable RULE --&gt;</c> comment at the top of the file.</summary>
internal static class DisableRuleAction
{
    public static CodeFix For(DossierDocument document, string ruleId)
    {
        SourceText source = document.Source;
        string nl = source.PreferredLineBreak;
        // Below whatever must stay first: the byte-order mark, the front matter, or the in-file schema marker (line 1).
        int at = document.FrontMatterSpan is { } frontMatter ? source.GetLineEndIncludingBreak(source.GetLineFromOffset(frontMatter.End - 1))
            : document.Marker is not null ? source.GetLineEndIncludingBreak(0)
            : source.Text.StartsWith('\uFEFF') ? 1 : 0;
        string comment = $"<!-- dossier-disable {ruleId} -->{nl}";
        // At the end of a last line without a line break, the comment needs one before it.
        if (at == source.Length && at > 0 && source.Text[at - 1] is not ('\n' or '\r'))
        {
            comment = nl + comment;
        }
        return new CodeFix($"Disable {ruleId} for this file", [new TextEdit(new TextSpan(at, 0), comment)]);
    }
}
