using CsCheck;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Tests.Text;

public sealed class SourceTextTests
{
    [Theory]
    [InlineData("a\nb\nc", 3)]
    [InlineData("a\r\nb\r\nc", 3)]
    [InlineData("a\rb", 2)]
    [InlineData("a\n", 2)]
    [InlineData("", 1)]
    public void Counts_lines_for_every_line_break_kind(string text, int lines) =>
        Assert.Equal(lines, new SourceText(text).LineCount);

    /// <summary>Every line break kind, mixed and repeated: each line's text is what splitting at the breaks gives.</summary>
    [Fact]
    public void Lines_are_the_text_split_at_every_line_break() =>
        Gen.String[Gen.Char["a\r\n"], 0, 40].Sample(text =>
        {
            var source = new SourceText(text);
            string[] expected = text.Replace("\r\n", "\n").Split('\n', '\r');
            Assert.Equal(expected, Enumerable.Range(0, source.LineCount).Select(source.GetLineText));
        });

    /// <summary>Far more lines than a typical document of that length holds: the index grows and stays exact.</summary>
    [Fact]
    public void A_text_of_short_lines_is_indexed_to_its_last_line()
    {
        var source = new SourceText(string.Concat(Enumerable.Repeat("a\r\n\n\r", 5_000)) + "end");
        Assert.Equal(15_001, source.LineCount);
        Assert.Equal(source.Length - 3, source.GetLineStart(15_000));
        Assert.Equal("end", source.GetLineText(15_000));
        Assert.Equal("", source.GetLineText(14_999));
    }

    [Fact]
    public void Positions_and_offsets_round_trip_with_crlf()
    {
        var text = new SourceText("ab\r\ncd\r\n\r\nef");
        for (int offset = 0; offset <= text.Length; offset++)
        {
            LinePosition position = text.GetPosition(offset);
            // Offsets between \r and \n belong to no column; every other offset must round-trip.
            if (offset > 0 && text.Text[offset - 1] == '\r' && offset < text.Length && text.Text[offset] == '\n')
            {
                continue;
            }
            Assert.Equal(offset, text.GetOffset(position));
        }
        Assert.Equal(new LinePosition(1, 1), text.GetPosition(5));
        Assert.Equal("cd", text.GetLineText(1));
        Assert.Equal("", text.GetLineText(2));
    }

    [Fact]
    public void Columns_count_utf16_code_units()
    {
        var text = new SourceText("😀é x");
        Assert.Equal(new LinePosition(0, 4), text.GetPosition(text.Text.IndexOf('x')));
    }

    [Fact]
    public void Offsets_past_a_line_clamp_to_its_end()
    {
        var text = new SourceText("abc\ndef");
        Assert.Equal(3, text.GetOffset(new LinePosition(0, 99)));
        Assert.Equal(7, text.GetOffset(new LinePosition(9, 0)));
    }

    [Theory]
    [InlineData("a\r\nb", "\r\n")]
    [InlineData("a\nb", "\n")]
    [InlineData("a", "\n")]
    public void Preferred_line_break_follows_the_document(string text, string expected) =>
        Assert.Equal(expected, new SourceText(text).PreferredLineBreak);
}
