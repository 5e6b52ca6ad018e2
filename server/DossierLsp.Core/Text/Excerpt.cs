namespace DossierLsp.Core.Text;

/// <summary>Text quoted in a message is cut short, so a 1 MB value never makes a 1 MB message or leaks a whole file.</summary>
public static class Excerpt
{
    public const int MaxLength = 80;

    /// <summary><paramref name="text"/> itself when short, else its first <see cref="MaxLength"/> characters (never half a surrogate pair) and an ellipsis.</summary>
    public static string Of(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }
        int cut = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
