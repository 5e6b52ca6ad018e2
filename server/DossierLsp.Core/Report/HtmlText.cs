namespace DossierLsp.Core.Report;

internal static class HtmlText
{
    /// <summary>Safe in element text and in double- or single-quoted attributes.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");
}
