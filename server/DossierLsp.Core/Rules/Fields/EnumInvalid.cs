using DossierLsp.Core.Analysis;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Rules.Fields;

internal sealed class EnumInvalid : Rule
{
    public override string Id => "enum-invalid";
    public override Severity DefaultSeverity => Severity.Error;
    public override string Summary => "A field's value is not one of its allowed values.";
    public override string Description => "Enum fields (built-in: Application Status) must hold one of the schema's values. Case is forgiven here (`enum-case` reports it); anything else is an error, and the message names the closest allowed value. Values are read by their letters and digits (`Phone-screen` is `Phone screen`), as the value or one of its aliases (built-in: `Offer received` is OFFER, `Phone screen` is SCREENING, `Ghosted` is REJECTED), and a note may follow (`Interviewing (2nd round)`, `Rejected – 2024-06-01`).";
    public override string Example => "- **Application Status**: APPLID";
    public override string Fix => "Use an allowed value; the quick fix replaces the value with the closest one. Completion lists every value with its description.";

    public override void Check(RuleContext context)
    {
        foreach (var (field, spec, enumSpec) in context.Document.EnumFields())
        {
            string text = field.Text;
            if (field.IsEmpty || spec.IsPlaceholder(text) || enumSpec.Read(text) is not null)
            {
                continue;
            }
            if (enumSpec.Closest(text) is not { } closest)
            {
                context.Report(field.ValueSpan, $"'{text}' is not a valid {spec.Key}; expected one of {Quote.List(enumSpec.Values.Select(v => v.Value))}");
                continue;
            }
            // The fix keeps what surrounds the misspelt words: "🎯 Screenig" becomes "🎯 SCREENING".
            string value = closest.Value.Value;
            string replacement = text[..closest.Start] + value + text[closest.End..];
            context.Report(
                field.ValueSpan,
                $"'{text}' is not a valid {spec.Key}; did you mean '{value}'?",
                new CodeFix($"Change to '{value}'", [DocumentEdits.ReplaceValue(field, replacement)], IsPreferred: true));
        }
    }
}
