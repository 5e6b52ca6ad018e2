using System.Text;

namespace DossierLsp.Core.Report;

/// <summary>
/// RFC 5545 content lines: CRLF after every line (3.1), lines longer than 75 octets folded with CRLF and one space,
/// never inside a UTF-8 sequence (3.1), and TEXT values escaped (3.3.11).
/// </summary>
internal sealed class IcsWriter
{
    private const int MaxOctets = 75;
    private readonly StringBuilder _text = new();

    /// <summary>A property whose value is already in its iCalendar form (a date, a code).</summary>
    public void Raw(string name, string value) => Line($"{name}:{value}");

    /// <summary>A TEXT property: backslash, semicolon, comma and line breaks escaped.</summary>
    public void Text(string name, string value) => Line($"{name}:{EscapeText(value)}");

    public override string ToString() => _text.ToString();

    public static string EscapeText(string value) =>
        value.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").ReplaceLineEndings("\\n");

    private void Line(string line)
    {
        int octets = 0;
        foreach (Rune rune in line.EnumerateRunes())
        {
            int length = rune.Utf8SequenceLength;
            if (octets + length > MaxOctets)
            {
                // The folding space counts towards the next line's 75 octets.
                _text.Append("\r\n ");
                octets = 1;
            }
            _text.Append(rune.ToString());
            octets += length;
        }
        _text.Append("\r\n");
    }
}
