using System.Globalization;
using System.Text.RegularExpressions;

namespace DossierLsp.Core.Tests.Values;

/// <summary>
/// The oracle for how <c>MoneyAmount</c> finds and reads a number: the patterns it used before its one-scan code,
/// kept only here so property tests can compare the two readings on any mix of digits and separators.
/// </summary>
internal static partial class RegexNumberReading
{
    /// <summary>Where <c>MoneyAmount.Read</c> found the number's end.</summary>
    [GeneratedRegex(@"^[0-9]+(?:(?:[.,'’]|[ \u00A0\u202F](?=[0-9]{3}(?![0-9])))[0-9]+)*", RegexOptions.CultureInvariant)]
    public static partial Regex Number { get; }

    [GeneratedRegex(@"^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CommaThousands { get; }
    [GeneratedRegex(@"^[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?:\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IndianGrouping { get; }
    [GeneratedRegex(@"^[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DotThousands { get; }
    [GeneratedRegex(@"^[0-9]+,[0-9]{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalComma { get; }
    [GeneratedRegex(@"^[0-9]+(?:\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainDecimal { get; }

    private static readonly HashSet<string> DotThousandsCurrencies =
        ["EUR", "BRL", "ARS", "CLP", "COP", "DKK", "NOK", "IDR", "TRY", "VND", "CHF", "PLN", "CZK", "HUF", "RON"];

    public static string? ToDecimal(string raw, string? currency, decimal factor, out decimal result, out bool split)
    {
        result = 0m;
        var grouped = raw.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal)
            .Replace("\u202F", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal);
        split = grouped.Length != raw.Length;
        string plain;
        if (PlainDecimal.IsMatch(grouped))
        {
            var dotThousands = factor == 1m && DotThousands.IsMatch(grouped) && currency is not null && DotThousandsCurrencies.Contains(currency);
            plain = dotThousands ? grouped.Replace(".", "", StringComparison.Ordinal) : grouped;
            split |= grouped.Contains('.', StringComparison.Ordinal);
        }
        else if (CommaThousands.IsMatch(grouped) || IndianGrouping.IsMatch(grouped))
        {
            plain = grouped.Replace(",", "", StringComparison.Ordinal);
        }
        else if (DotThousands.IsMatch(grouped))
        {
            plain = grouped.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
            split = true;
        }
        else if (DecimalComma.IsMatch(grouped))
        {
            plain = grouped.Replace(',', '.');
            split = true;
        }
        else
        {
            return $"could not read the number '{raw}'; expected e.g. 150,000, 150.000 or 150k";
        }

        var dot = plain.IndexOf('.', StringComparison.Ordinal);
        if ((dot < 0 ? plain.Length : dot) > 15)
        {
            return "amount is too large";
        }

        result = decimal.Parse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * factor;
        return null;
    }
}
