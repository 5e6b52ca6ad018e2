using System.Text.RegularExpressions;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules.Structure;

internal sealed partial class TitleStyle : Rule
{
    public override string Id => "title-style";
    public override Severity DefaultSeverity => Severity.Info;
    public override string Summary => "The title is recognised, but not written in the schema's canonical form.";
    public override string Description => "Schemas may accept variants of their title (built-in: `Job Application – Acme – Data Engineer`, `Application: Acme | Data Engineer`, `Acme | Data Engineer`, `Data Engineer at Acme (application)`). Such a title is read, and its company and position are checked against the fields, but the canonical form keeps dossiers sorting and reading alike.";
    public override string Example => "# Acme | Data Engineer";
    public override string Fix => "Rewrite the title in the canonical form; the quick fix does it from the title's own parts.";

    public override void Check(RuleContext context)
    {
        BoundDocument document = context.Document;
        if (!document.TitleIsVariant || document.TitleMatch is not { } match || document.Schema.Title is not { } spec || document.Document.Title is not { } title)
        {
            return;
        }
        string canonical = Fill(spec.Example, match);
        CodeFix[] fixes = canonical.Contains('<') ? [] : [new CodeFix($"Rewrite as '{canonical}'", [new TextEdit(title.TextSpan, canonical)], IsPreferred: true, IsAutomatic: true)];
        context.Report(title.TextSpan, $"title '{title.Text}' should be written in the form '{spec.Example}'", fixes);
    }

    // "<Company>" in the example becomes the title's own "company" capture.
    private static string Fill(string example, Match match) =>
        Placeholder.Replace(example, m => match.Groups[m.Groups["name"].Value.ToLowerInvariant()] is { Success: true } group ? group.Value.Trim() : m.Value);

    [GeneratedRegex("<(?<name>[^<>]+)>", RegexOptions.CultureInvariant, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex Placeholder { get; }
}
