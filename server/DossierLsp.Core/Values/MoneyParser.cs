using System.Globalization;
using System.Text.RegularExpressions;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Values;

/// <summary>
/// Reads salary values such as <c>$150k–180k</c>, <c>Up to £55,000</c>, <c>TC $310k (base $190k)</c> or
/// <c>₹25,00,000 p.a.</c>. Whatever follows the amounts is a note. Pure and never throws.
/// </summary>
internal static partial class MoneyParser
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    // Whole values (optionally followed by a note) that say the amount is not known.
    private static readonly string[] NotStatedPhrases =
    [
        "Competitive", "Competitive salary", "Competitive pay", "Competitive compensation",
        "Not disclosed", "Undisclosed", "Not listed", "Not specified", "Not stated", "Not provided",
        "DOE", "Depends on experience", "Negotiable", "TBD", "[TBD]", "N/A", "Unknown", "-", "–", "—",
    ];

    [GeneratedRegex(@"\G(?:\s*[-–—−~]\s*|\s+(?:to|and|bis|à|hasta|até|tot)(?=\s|$)\s*)", Options, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex Separator { get; }

    // Words before the amount that make it a ceiling or a floor ("Up to $180k", "ab 60.000 €"), in several languages.
    [GeneratedRegex(
        @"(?<![\p{L}])(?:up\s*to|max(?:imum)?|no\s+more\s+than|less\s+than|under|below|at\s+most|bis(?:\s+zu)?|jusqu'?\s*(?:à|a)|hasta|até|fino\s+a)(?![\p{L}])", Options, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex CeilingWords { get; }

    [GeneratedRegex(
        @"(?<![\p{L}])(?:from|starting|starts|min(?:imum)?|at\s+least|more\s+than|over|above|ab|à\s+partir\s+de|a\s+partir\s+de|desde|vanaf)(?![\p{L}])", Options, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex FloorWords { get; }

    // After the amount: "$120k+", "$150k or more", "$180k max".
    [GeneratedRegex(
        @"\G(?:\+(?=\s|$|[(\[,;])|\s+(?:or\s+more|and\s+up|and\s+above|minimum|min)(?![\p{L}]))", Options, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex TrailingFloor { get; }
    [GeneratedRegex(@"\G\s+(?:or\s+less|max(?:imum)?|at\s+most)(?![\p{L}])", Options, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex TrailingCeiling { get; }

    // What an amount is, named before it ("TC $310k", "base: $190k") or after it ("$190k base", "$160,000 OTE").
    [GeneratedRegex(
        @"(?<![\p{L}])(?<label>base(?:\s+(?:salary|pay))?|tc|total\s+comp(?:ensation)?|total|ote|on[-\s]target(?:\s+earnings)?)\s*(?:of|is|=|:)?\s*(?:up\s*to|about|around|approx\.?|~)?\s*$", Options, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex LabelBefore { get; }

    [GeneratedRegex(
        @"\G\s*(?<label>base(?:\s+(?:salary|pay))?|tc|total\s+comp(?:ensation)?|ote|on[-\s]target(?:\s+earnings)?)(?![\p{L}])", Options, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex LabelAfter { get; }

    public static MoneyParseResult Parse(string value)
    {
        try
        {
            return ParseValue(value);
        }
        catch (RegexMatchTimeoutException)
        {
            // Only a pathological value gets here (the patterns see one trimmed value); it is still an answer, not a crash.
            return Unparseable($"could not be read as an amount within {BoundedRegex.TimeoutMilliseconds} ms; expected e.g. $150,000 - $180,000");
        }
    }

    private static MoneyParseResult ParseValue(string value)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            return new(MoneyStatus.Empty, null, 0m, 0m, PayPeriod.Year, false, null);
        }

        if (IsNotStated(text))
        {
            return NotStated();
        }

        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return text.Any(char.IsDigit)
                ? Unparseable("its digits are not 0–9; write the amount with 0–9, e.g. $150,000")
                : NotStated();
        }

        var start = FirstAmount(text);
        var pos = start;
        var main = ReadAmounts(text, ref pos, out var error);
        if (main is null)
        {
            return Unparseable(error!);
        }

        var bound = main.Value.Second is null ? BoundFrom(text, start, ref pos) : SalaryBound.Range;
        var label = Label(LabelBeforeMatch(text, 0, start), LabelAfterMatch(text, pos), ref pos);
        if (pos < text.Length && !char.IsWhiteSpace(text[pos]) && (char.IsLetterOrDigit(text[pos]) || text[pos] is '.' or '/'))
        {
            return Unparseable($"read '{text[start..pos].Trim()}' as the amount, but not '{text[pos..].Trim()}' right after it; put a space before a note, e.g. $150,000 (plus bonus)");
        }

        var result = Resolve(main.Value.First, main.Value.Second ?? main.Value.First, main.Value.Second is not null, bound);
        return result.Status == MoneyStatus.Stated ? WithBasis(result, label, text, pos) : result;
    }

    private static bool IsNotStated(string text)
    {
        // The first letter decides most values at once (ordinal ignore-case compares characters upper-cased).
        var first = char.ToUpperInvariant(text[0]);
        foreach (var phrase in NotStatedPhrases)
        {
            // "Competitive (bonus 10%)" states no amount, but "- $150k" is an amount after a stray dash.
            if (char.ToUpperInvariant(phrase[0]) == first && text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && (text.Length == phrase.Length || !char.IsLetterOrDigit(text[phrase.Length]))
                && (char.IsLetter(phrase[0]) || !text.AsSpan().ContainsAnyInRange('0', '9')))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Where the first amount starts: the first currency mark or digit that begins a word.</summary>
    private static int FirstAmount(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if ((i == 0 || !char.IsLetter(text[i - 1])) && MoneyAmount.StartsAt(text, i))
            {
                return i;
            }
        }
        return text.AsSpan().IndexOfAnyInRange('0', '9');
    }

    private static (MoneyAmount First, MoneyAmount? Second)? ReadAmounts(string text, ref int pos, out string? error)
    {
        error = null;
        if (MoneyAmount.Read(text, ref pos) is not { } first)
        {
            error = "could not read an amount; expected e.g. $150,000 - $180,000";
            return null;
        }

        MoneyAmount? second = null;
        if (SeparatorLength(text, pos) is var separator and >= 0)
        {
            var afterSeparator = pos + separator;
            second = MoneyAmount.Read(text, ref afterSeparator);
            if (second is not null)
            {
                pos = afterSeparator;
            }
            else if (afterSeparator >= text.Length)
            {
                error = $"read '{text[..pos].Trim()}' as the lower amount, but the range is missing its upper amount; expected e.g. $150,000 - $180,000";
                return null;
            }
        }
        return (first, second);
    }

    // Asked only where a separator could start, after spaces: a dash or a tilde, or a word (past ASCII, the pattern decides).
    private static int SeparatorLength(string text, int pos)
    {
        var next = pos;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }
        return next < text.Length && (text[next] is '-' or '~' or > '\u007F' || "tabh".Contains(char.ToLowerInvariant(text[next]), StringComparison.Ordinal))
            ? Separator.MatchLength(text, pos)
            : -1;
    }

    /// <summary>A single amount's bound from the words before it ("Up to", "From") or after it ("+", "or more").</summary>
    private static SalaryBound BoundFrom(string text, int start, ref int pos)
    {
        if (TrailingFloor.MatchLength(text, pos) is var floor and >= 0)
        {
            pos += floor;
            return SalaryBound.Floor;
        }
        if (TrailingCeiling.MatchLength(text, pos) is var ceiling and >= 0)
        {
            pos += ceiling;
            return SalaryBound.Ceiling;
        }
        ReadOnlySpan<char> before = text.AsSpan(0, start);
        return CeilingWords.IsMatch(before) ? SalaryBound.Ceiling : FloorWords.IsMatch(before) ? SalaryBound.Floor : SalaryBound.Range;
    }

    // Most amounts have nothing before them and no label after them: no pattern needs to see that.
    private static Match LabelBeforeMatch(string text, int from, int to) => from == to ? Match.Empty : LabelBefore.Match(text[from..to]);

    private static Match LabelAfterMatch(string text, int pos)
    {
        var next = pos;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }
        return next < text.Length && (text[next] > '\u007F' || "bto".Contains(char.ToLowerInvariant(text[next]), StringComparison.Ordinal))
            ? LabelAfter.Match(text, pos)
            : Match.Empty;
    }

    private static PayBasis Label(Match before, Match after, ref int pos)
    {
        var match = before.Success ? before : after;
        if (!match.Success)
        {
            return PayBasis.Salary;
        }
        if (!before.Success)
        {
            pos += after.Length;
        }
        var word = match.Groups["label"].Value.ToLowerInvariant();
        return word.StartsWith("base", StringComparison.Ordinal) ? PayBasis.Base
            : word is "ote" || word.StartsWith("on", StringComparison.Ordinal) ? PayBasis.OnTargetEarnings
            : PayBasis.TotalCompensation;
    }

    /// <summary>
    /// "TC $310k (base $190k)" compares the base and keeps the total for the message; "$190k base, $310k TC" likewise.
    /// A labelled amount in the note that cannot be read is left in the note.
    /// </summary>
    private static MoneyParseResult WithBasis(MoneyParseResult main, PayBasis basis, string text, int noteStart)
    {
        var wanted = basis == PayBasis.TotalCompensation ? PayBasis.Base : PayBasis.TotalCompensation;
        if (basis is PayBasis.OnTargetEarnings || LabelledInNote(text, noteStart, wanted) is not { Status: MoneyStatus.Stated } other
            || !string.Equals(other.Currency ?? main.Currency, main.Currency ?? other.Currency, StringComparison.Ordinal) || other.Period != main.Period)
        {
            return main with { Basis = basis };
        }
        return wanted == PayBasis.Base
            ? other with { Basis = PayBasis.Base, TotalCompensation = main.Maximum, Currency = other.Currency ?? main.Currency, CurrencyExplicit = main.CurrencyExplicit || other.CurrencyExplicit }
            : main with { Basis = PayBasis.Base, TotalCompensation = other.Maximum };
    }

    private static MoneyParseResult? LabelledInNote(string text, int from, PayBasis wanted)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (char.IsLetter(text[i - 1]) || !MoneyAmount.StartsAt(text, i))
            {
                continue;
            }
            var pos = i;
            if (ReadAmounts(text, ref pos, out _) is not { } amounts)
            {
                continue;
            }
            var end = pos;
            var basis = Label(LabelBeforeMatch(text, from, i), LabelAfterMatch(text, pos), ref end);
            // A plain amount after a base is the total only when it says so; after a total, a plain amount is not the base.
            if (basis == wanted)
            {
                return Resolve(amounts.First, amounts.Second ?? amounts.First, amounts.Second is not null);
            }
            i = pos - 1;
        }
        return null;
    }

    private static MoneyParseResult Resolve(MoneyAmount first, MoneyAmount second, bool isRange, SalaryBound bound = SalaryBound.Range)
    {
        if (!TryMerge(first.Prefix, first.Suffix, out var currency)
            || !TryMerge(currency, second.Prefix, out currency)
            || !TryMerge(currency, second.Suffix, out currency))
        {
            return Unparseable("the value names two different currencies");
        }

        if (first.Period is { } p1 && second.Period is { } p2 && p1 != p2)
        {
            return Unparseable("the amounts have different pay periods");
        }

        if (second.ToDecimal(currency?.Code, out var max, out var splitMax) is { } secondError)
        {
            return Unparseable(secondError);
        }

        var firstMultiplier = first.Multiplier;

        // "$150-180k" means 150k to 180k, but "$900 - 1.2M" means 900 to 1.2M.
        if (isRange && first.Multiplier == 1m && second.Multiplier != 1m
            && first.ToDecimal(currency?.Code, out var bare, out _) is null && bare * second.Multiplier <= max)
        {
            firstMultiplier = second.Multiplier;
        }

        if (first.ToDecimal(currency?.Code, out var min, out var splitMin, firstMultiplier) is { } firstError)
        {
            return Unparseable(firstError);
        }

        if (min > max)
        {
            return Unparseable($"range is reversed: the first amount is larger than the second");
        }

        var period = first.Period ?? second.Period ?? PayPeriod.Year;
        return new(MoneyStatus.Stated, currency?.Code, min, max, period, currency?.Explicit ?? false, null) { Bound = bound, SplitNumber = splitMin || splitMax };
    }

    /// <summary>
    /// Combines two currency marks of one value. An ambiguous symbol yields to a code ("$120k CAD" is CAD);
    /// any other disagreement ("$100 - £200") fails.
    /// </summary>
    private static bool TryMerge(CurrencyMark? a, CurrencyMark? b, out CurrencyMark? merged)
    {
        merged = (a, b) switch
        {
            (null, _) => b,
            (_, null) => a,
            ({ } x, { } y) when x.Code == y.Code => x with { Explicit = x.Explicit || y.Explicit, FromCode = x.FromCode || y.FromCode },
            ({ Explicit: false }, { FromCode: true }) => b,
            ({ FromCode: true }, { Explicit: false }) => a,
            _ => null,
        };
        return merged is not null || (a is null && b is null);
    }

    private static MoneyParseResult NotStated() => new(MoneyStatus.NotStated, null, 0m, 0m, PayPeriod.Year, false, null);

    private static MoneyParseResult Unparseable(string error) => new(MoneyStatus.Unparseable, null, 0m, 0m, PayPeriod.Year, false, error);
}
