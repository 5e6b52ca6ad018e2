namespace DossierLsp.Core.Values;

/// <summary>The outcome of <see cref="DateParser.Parse"/>.</summary>
/// <param name="Date">The date when <paramref name="Status"/> is <see cref="DateStatus.Valid"/>; otherwise <c>default</c>.</param>
/// <param name="Format">The form the date was written in (<see cref="DateFormat.Iso"/> when unknown).</param>
/// <param name="DateLength">
/// Offset, from index 0 of the input (leading whitespace included), where the date ends; a trailing note
/// such as <c> (estimated)</c> starts here. 0 when no date form was recognised.
/// </param>
/// <param name="Error">A short human message for <see cref="DateStatus.Impossible"/> and <see cref="DateStatus.Unrecognized"/>.</param>
public sealed record DateParseResult(DateStatus Status, DateOnly Date, DateFormat Format, int DateLength, string? Error);
