namespace DossierLsp.Core.Text;

/// <summary>Text quoted in a message is cut short, so a 1 MB value never makes a 1 MB message or leaks a whole file.</summary>
internal static class Excerpt
{
    public const int MaxLength = 80;

    /// <summary><paramref name="text"/> itself when short, else its first <see cref="MaxLength"/> characters (never half a surrogate pair) and an ellipsis.</summary>
    public static string Of(string text) => Of(text, MaxLength);

    private static string Of(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }
        int cut = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return string.Concat(text.AsSpan(0, cut), "…");
    }

    /// <summary>Messages are capped too, whatever they quote.</summary>
    public const int MaxMessageLength = 500;

    /// <summary>
    /// <paramref name="message"/> with each run of text between single quotes cut to <see cref="MaxLength"/>, and the whole
    /// to <see cref="MaxMessageLength"/>: every message quotes what it found that way, so rules need not each remember to.
    /// </summary>
    public static string InMessage(string message)
    {
        if (message.Length <= MaxLength)
        {
            return message;
        }
        var capped = new System.Text.StringBuilder(Math.Min(message.Length, MaxMessageLength + 1));
        int from = 0;
        for (int open = message.IndexOf('\''); open >= 0; open = message.IndexOf('\'', from))
        {
            int close = message.IndexOf('\'', open + 1);
            if (close < 0)
            {
                break;
            }
            capped.Append(message, from, open + 1 - from).Append(Of(message[(open + 1)..close])).Append('\'');
            from = close + 1;
        }
        capped.Append(message, from, message.Length - from);
        return capped.Length <= MaxMessageLength ? capped.ToString() : Of(capped.ToString(), MaxMessageLength);
    }
}
