using DossierLsp.Core.Text;

namespace DossierLsp.Core.Analysis;

public enum Severity { Error, Warning, Info }

/// <summary>A replacement of <see cref="Span"/> (offsets into the analysed text) by <see cref="NewText"/>.</summary>
public sealed record TextEdit(TextSpan Span, string NewText);

public enum FixKind { QuickFix, Source }

/// <summary>An edit that fixes a finding (or, for <see cref="FixKind.Source"/>, acts on the whole document).</summary>
/// <param name="IsAutomatic">
/// Safe to apply unattended (<c>dossier lint --fix</c>): it changes only how something is written, never what it says.
/// Fixes that guess (the closest status) or assert a fact (today's date) are for a person to choose in the editor.
/// </param>
public sealed record CodeFix(string Title, IReadOnlyList<TextEdit> Edits, bool IsPreferred = false, FixKind Kind = FixKind.QuickFix, bool IsAutomatic = false);

/// <summary>One problem a rule found: the domain value that the CLI prints and the server turns into a diagnostic.</summary>
public sealed record Finding(string RuleId, Severity Severity, TextSpan Span, string Message)
{
    public IReadOnlyList<CodeFix> Fixes { get; init; } = [];
    /// <summary>Other dossiers the finding is about (a duplicate's other file), with what each one is.</summary>
    public IReadOnlyList<RelatedLocation> Related { get; init; } = [];
}
