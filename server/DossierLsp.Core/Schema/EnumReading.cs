namespace DossierLsp.Core.Schema;

/// <summary>
/// An enum value read from the start of a field's text: the value, where the matched words start and end in the
/// text (the rest is a note), and whether it was written as one of the value's aliases.
/// </summary>
public sealed record EnumReading(EnumValueSpec Value, int Start, int End, bool IsAlias);
