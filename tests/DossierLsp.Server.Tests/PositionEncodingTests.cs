using DossierLsp.Core.Text;
using DossierLsp.Server.Protocol;

namespace DossierLsp.Server.Tests;

public sealed class PositionEncodingTests
{
    [Theory]
    [InlineData(null, "utf-16")]
    [InlineData(new string[0], "utf-16")]
    [InlineData(new[] { "utf-8" }, "utf-8")]
    [InlineData(new[] { "utf-8", "utf-16", "utf-32" }, "utf-8")] // Neovim 0.11
    [InlineData(new[] { "utf-32", "utf-8", "utf-16" }, "utf-32")] // Emacs eglot
    [InlineData(new[] { "utf-16", "utf-8" }, "utf-16")]
    [InlineData(new[] { "latin-1", "UTF-8" }, "utf-8")]
    [InlineData(new[] { "latin-1" }, "utf-16")]
    public void The_server_picks_the_first_offered_encoding_it_supports(string[]? offered, string expected) =>
        Assert.Equal(expected, PositionEncoding.Negotiate(offered).Name);

    // "a😀é\r\nb": a (1 unit, 1 byte), 😀 (2 units, 4 bytes), é (1 unit, 2 bytes), CRLF, b.
    private static readonly SourceText Text = new("a😀é\r\nb");

    [Theory]
    [InlineData(0, 0, 0, 0, 0)]
    [InlineData(1, 0, 1, 1, 1)]
    [InlineData(3, 0, 3, 5, 2)] // after the emoji
    [InlineData(4, 0, 4, 7, 3)] // after é: the line's end
    [InlineData(6, 1, 0, 0, 0)]
    [InlineData(7, 1, 1, 1, 1)]
    public void Offsets_become_utf16_units_utf8_bytes_or_utf32_code_points(int offset, int line, int utf16, int utf8, int utf32)
    {
        Assert.Equal(new Position(line, utf32), PositionEncoding.Utf32.ToPosition(Text, offset));
        Assert.Equal(offset, PositionEncoding.Utf32.ToOffset(Text, new Position(line, utf32)));
        Assert.Equal(new Position(line, utf16), PositionEncoding.Utf16.ToPosition(Text, offset));
        Assert.Equal(new Position(line, utf8), PositionEncoding.Utf8.ToPosition(Text, offset));
        Assert.Equal(offset, PositionEncoding.Utf16.ToOffset(Text, new Position(line, utf16)));
        Assert.Equal(offset, PositionEncoding.Utf8.ToOffset(Text, new Position(line, utf8)));
    }

    [Fact]
    public void Positions_past_a_lines_end_or_the_last_line_clamp()
    {
        Assert.Equal(4, PositionEncoding.Utf16.ToOffset(Text, new Position(0, 99)));
        Assert.Equal(4, PositionEncoding.Utf8.ToOffset(Text, new Position(0, 99)));
        Assert.Equal(Text.Length, PositionEncoding.Utf16.ToOffset(Text, new Position(9, 0)));
        Assert.Equal(Text.Length, PositionEncoding.Utf8.ToOffset(Text, new Position(9, 0)));
        Assert.Equal(0, PositionEncoding.Utf8.ToOffset(Text, new Position(-1, -1)));
    }

    [Fact]
    public void A_utf8_column_inside_a_character_moves_past_it_and_never_splits_a_surrogate_pair()
    {
        Assert.Equal(3, PositionEncoding.Utf8.ToOffset(Text, new Position(0, 2)));
        Assert.Equal(3, PositionEncoding.Utf8.ToOffset(Text, new Position(0, 4)));
    }

    [Fact]
    public void A_range_that_ends_before_it_starts_becomes_empty()
    {
        TextSpan span = PositionEncoding.Utf16.ToSpan(Text, new Protocol.Range(new Position(0, 3), new Position(0, 1)));
        Assert.Equal(new TextSpan(3, 0), span);
    }
}
