using CsCheck;
using DossierLsp.Core.Config;
using DossierLsp.Core.Language.ConfigFile;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Tests.Fuzz;

/// <summary>
/// The config file's completion, hover and fixes answer any text at any offset, half typed or broken, without
/// throwing, and every span they return lies inside the text. Texts are made of the pieces config files are made of.
/// </summary>
public sealed class ConfigFileProperties
{
    private static readonly string[] Pieces =
    [
        "profile:", "rules:", "include:", "exclude:", "schema: job-dossier", "dateOrder: ", "minimumSalary: 1", "currency: EUR",
        "exchangeRates:", "EUR: 1.1", "salary-missing: off", "section-order: warnig", "glob: a/*.md", "exlude: [a]",
        "\n", "\n", "\n", "\r\n", "  ", "  ", "    ", "\t", "- ", "-", ":", ": ", " #", "# note", "\"", "'", "[", "]", "{", "}",
        "é😀", "\ud800", "", "~", "|", ">", "&a", "*a", "? ",
    ];

    private static readonly Gen<string> Texts = Gen.Int[0, Pieces.Length - 1].Array[0, 40].Select(picks => string.Concat(picks.Select(i => Pieces[i])));

    [Fact]
    public void Any_text_at_any_offset_gets_an_answer_inside_the_text() =>
        FuzzCases.Check(Texts.SelectMany(text => Gen.Int[0, text.Length].SelectMany(offset => Gen.Enum<ConfigFileKind>().Select(kind => (text, offset, kind)))), 5_000,
            c =>
            {
                var text = new SourceText(c.text);
                foreach (var candidate in ConfigFileService.Complete(text, c.offset, c.kind))
                {
                    Assert.InRange(candidate.ReplaceSpan.Start, 0, c.text.Length);
                    Assert.InRange(candidate.ReplaceSpan.End, candidate.ReplaceSpan.Start, c.text.Length);
                    Assert.True(candidate.ReplaceSpan.Start <= c.offset && c.offset <= candidate.ReplaceSpan.End, "the cursor is inside what a candidate replaces");
                }
                if (ConfigFileService.Hover(text, c.offset, DossierConfig.Default, c.kind) is { } hover)
                {
                    Assert.InRange(hover.Span.End, hover.Span.Start, c.text.Length);
                }
                foreach (var action in ConfigFileService.CodeActions(text, new TextSpan(0, c.text.Length), c.kind))
                {
                    Assert.All(action.Fix.Edits, e => Assert.InRange(e.Span.End, e.Span.Start, c.text.Length));
                }
            },
            c => $"{c.kind}: offset {c.offset} in {System.Text.Json.JsonSerializer.Serialize(c.text)}");
}
