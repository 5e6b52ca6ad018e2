using DossierLsp.Core.Text;

namespace DossierLsp.Core.Analysis;

/// <summary>
/// The one text form of a finding, <c>FILE:LINE:COLUMN: SEVERITY RULE: MESSAGE</c> with 1-based line and column:
/// what <c>dossier lint</c> prints, what fixture goldens hold and what the bench writes.
/// </summary>
public static class FindingLine
{
    public static string Format(string file, LinePosition start, Severity severity, string ruleId, string message) =>
        $"{file}:{start.Line + 1}:{start.Character + 1}: {severity.Name()} {ruleId}: {message}";

    public static string Format(string file, SourceText text, Finding finding) =>
        Format(file, text.GetPosition(finding.Span.Start), finding.Severity, finding.RuleId, finding.Message);
}
