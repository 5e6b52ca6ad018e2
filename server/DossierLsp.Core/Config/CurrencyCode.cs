namespace DossierLsp.Core.Config;

/// <summary>The one check of a profile's currency: three ASCII letters, written upper-case.</summary>
internal static class CurrencyCode
{
    public static string? Normalize(string? text) =>
        text is { Length: 3 } && text.All(char.IsAsciiLetter) ? text.ToUpperInvariant() : null;
}
