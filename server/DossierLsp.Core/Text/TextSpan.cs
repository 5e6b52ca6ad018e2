namespace DossierLsp.Core.Text;

/// <summary>A range of UTF-16 code units in a document's text: [Start, Start + Length).</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>True when the offset is inside the span or touches its end (a cursor right after a word is "in" it).</summary>
    public bool ContainsOrTouches(int offset) => offset >= Start && offset <= End;

    public bool Intersects(TextSpan other) => other.Start <= End && other.End >= Start;

    public override string ToString() => $"[{Start}..{End})";
}
