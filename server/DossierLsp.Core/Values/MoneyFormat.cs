using System.Globalization;

namespace DossierLsp.Core.Values;

/// <summary>Amounts as messages, hovers and hints write them.</summary>
internal static class MoneyFormat
{
    /// <summary>A short form for messages: <c>$135k</c>, <c>$1.25M</c>, <c>$950</c>, <c>£60k</c>, <c>CHF 60k</c>, <c>₹25L</c>.</summary>
    public static string Compact(decimal amount, string currency)
    {
        var inv = CultureInfo.InvariantCulture;
        var sign = amount < 0 ? "-" : "";
        var abs = Math.Abs(amount);

        // Rupee amounts read in lakhs and crores: ₹25L, ₹1.2Cr.
        if (string.Equals(currency, "INR", StringComparison.OrdinalIgnoreCase) && abs >= 100_000m)
        {
            var lakhs = Math.Round(abs / 100_000m, 2, MidpointRounding.AwayFromZero);
            return sign + "₹" + (lakhs < 100m ? lakhs.ToString("0.##", inv) + "L" : Math.Round(abs / 10_000_000m, 2, MidpointRounding.AwayFromZero).ToString("0.##", inv) + "Cr");
        }

        var thousands = Math.Round(abs / 1_000m, 2, MidpointRounding.AwayFromZero);

        // Switch units on the rounded value so 999,999 becomes "1M" rather than "1000k".
        var number = abs < 1_000m ? abs.ToString(abs == decimal.Truncate(abs) ? "0" : "0.00", inv)
            : thousands < 1_000m ? thousands.ToString("0.##", inv) + "k"
            : Math.Round(abs / 1_000_000m, 2, MidpointRounding.AwayFromZero).ToString("0.##", inv) + "M";
        return sign + Symbol(currency) + number;
    }

    /// <summary>The symbol to write before an amount: <c>$</c>, <c>£</c>, <c>€</c>, <c>¥</c>, <c>₹</c>, otherwise the code and a space.</summary>
    public static string Symbol(string currency) => currency.ToUpperInvariant() switch
    {
        "USD" => "$",
        "GBP" => "£",
        "EUR" => "€",
        "JPY" => "¥",
        "INR" => "₹",
        "" => "",
        _ => currency + " ",
    };
}
