namespace DossierLsp.Core.Text;

/// <summary>How lists appear in messages: each item quoted, so items that hold commas ("Toronto, ON") stay readable.</summary>
internal static class Quote
{
    /// <summary><c>"Remote", "Toronto, ON", "Berlin"</c>.</summary>
    public static string List(IEnumerable<string> items) => string.Join(", ", items.Select(i => $"\"{i}\""));
}
