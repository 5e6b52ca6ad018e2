using DossierLsp.Core.Text;

namespace DossierLsp.Core.Analysis;

/// <summary>Where something is in a dossier, as offsets and as zero-based UTF-16 line/column, so it can be shown without the text.</summary>
public sealed record SummaryLocation(TextSpan Span, LinePosition Start, LinePosition End);
