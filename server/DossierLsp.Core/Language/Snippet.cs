using System.Text;

namespace DossierLsp.Core.Language;

/// <summary>LSP/VS Code snippet syntax.</summary>
internal static class Snippet
{
    /// <summary>Literal text in a snippet: <c>$</c>, <c>}</c> and <c>\</c> are escaped with a backslash.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is '$' or '}' or '\\')
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
