using DossierLsp.Core.Text;

namespace DossierLsp.Core.Analysis;

/// <summary>A replacement of <see cref="Span"/> (offsets into the analysed text) by <see cref="NewText"/>.</summary>
public sealed record TextEdit(TextSpan Span, string NewText);
