namespace DossierLsp.Core.Analysis;

public enum FixKind { QuickFix, Source }

/// <summary>An edit that fixes a finding (or, for <see cref="FixKind.Source"/>, acts on the whole document).</summary>
/// <param name="IsAutomatic">
/// Safe to apply unattended (<c>dossier lint --fix</c>): it changes only how something is written, never what it says.
/// Fixes that guess (the closest status) or assert a fact (today's date) are for a person to choose in the editor.
/// </param>
public sealed record CodeFix(string Title, IReadOnlyList<TextEdit> Edits, bool IsPreferred = false, FixKind Kind = FixKind.QuickFix, bool IsAutomatic = false);
