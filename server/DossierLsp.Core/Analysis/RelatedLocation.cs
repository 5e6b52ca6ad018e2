using DossierLsp.Core.Text;

namespace DossierLsp.Core.Analysis;

/// <summary>Another place a finding is about (LSP's <c>relatedInformation</c>): a span of another dossier, by path.</summary>
public sealed record RelatedLocation(string Path, LinePosition Start, LinePosition End, string Message);
