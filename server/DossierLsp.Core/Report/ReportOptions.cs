namespace DossierLsp.Core.Report;

/// <summary>How a report is written.</summary>
/// <param name="Redact">Write "your minimum" instead of the profile's minimum salary, so the report can be shared.</param>
/// <param name="Stamp">When the report is made (UTC), for the calendar's DTSTAMP; the renderers never read the clock.</param>
/// <param name="StyleNonce">For the HTML report in a page with a strict Content-Security-Policy (an editor's webview): the nonce its style element carries.</param>
public sealed record ReportOptions(bool Redact, DateTimeOffset Stamp, string? StyleNonce = null);
