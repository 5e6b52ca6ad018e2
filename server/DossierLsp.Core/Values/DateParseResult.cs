namespace DossierLsp.Core.Values;

/// <summary>How much of a date was written: a day (<c>2024-05-01</c>) or only a month (<c>May 2024</c>).</summary>
internal enum DatePrecision { Day, Month }

/// <summary>The outcome of <see cref="DateParser.Parse"/>.</summary>
/// <param name="Date">
/// The date when <paramref name="Status"/> is <see cref="DateStatus.Valid"/> (the first of the month for
/// <see cref="DatePrecision.Month"/>); otherwise <c>default</c>.
/// </param>
/// <param name="Format">The form the date was written in (<see cref="DateFormat.Iso"/> when unknown).</param>
/// <param name="DateLength">
/// Offset, from index 0 of the input (leading whitespace included), where the date ends; a trailing note
/// such as <c> (estimated)</c> or <c> via LinkedIn</c> starts here. 0 when no date form was recognised.
/// </param>
/// <param name="Error">A short human message for <see cref="DateStatus.Impossible"/> and <see cref="DateStatus.Unrecognized"/>.</param>
/// <param name="Precision">Whether a day or only a month was written.</param>
/// <param name="OtherReading">
/// For a slashed or dashed numeric date whose first two parts could both be the month (<c>05/01/2024</c>): the date
/// it would be in the other order. Null otherwise.
/// </param>
internal sealed record DateParseResult(
    DateStatus Status,
    DateOnly Date,
    DateFormat Format,
    int DateLength,
    string? Error,
    DatePrecision Precision = DatePrecision.Day,
    DateOnly? OtherReading = null);
