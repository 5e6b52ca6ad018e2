using DossierLsp.Core.Text;

namespace DossierLsp.Core.Analysis;

/// <summary>
/// A finding that comes from comparing dossiers, for the dossier at <see cref="Path"/>. <see cref="Start"/> and
/// <see cref="End"/> locate it without the text; <c>Finding.Span</c> holds the same place as offsets into the text
/// the dossier was summarised from.
/// </summary>
public sealed record WorkspaceFinding(string Path, Finding Finding, LinePosition Start, LinePosition End);
