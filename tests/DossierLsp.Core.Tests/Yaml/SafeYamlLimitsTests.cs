using DossierLsp.Core.Yaml;

namespace DossierLsp.Core.Tests.Yaml;

public sealed class SafeYamlLimitsTests
{
    [Fact]
    public void Reads_mappings_sequences_and_scalars_with_positions()
    {
        YamlReadResult read = SafeYamlReader.Read("name: x\nlist:\n  - a\n  - 'b'\n");
        Assert.Empty(read.Errors);
        var root = Assert.IsType<YamlMapping>(read.Root);
        var list = Assert.IsType<YamlSequence>(root["list"]);
        var b = Assert.IsType<YamlScalar>(list.Items[1]);
        Assert.Equal("b", b.Value);
        Assert.False(b.IsPlain);
        Assert.Equal((4, 5), (b.Start.Line, b.Start.Column));
        Assert.Equal("name: x\nlist:\n  - a\n  - ".Length, b.Start.Offset);
    }

    [Fact]
    public void Deep_flow_nesting_is_refused_not_a_stack_overflow()
    {
        YamlReadResult read = SafeYamlReader.Read(new string('[', 40_000));
        Assert.Null(read.Root);
        Assert.Contains(read.Errors, e => e.Message.Contains("nested", StringComparison.Ordinal));
    }

    [Fact]
    public void Deep_block_nesting_is_refused()
    {
        string deep = string.Concat(Enumerable.Range(0, 1000).Select(i => new string(' ', i) + "a:\n"));
        YamlReadResult read = SafeYamlReader.Read(deep);
        Assert.Null(read.Root);
        YamlError error = Assert.Single(read.Errors);
        Assert.True(error.Line > 60, error.ToString());
    }

    [Fact]
    public void Billion_laughs_is_refused_without_expanding()
    {
        const string laughs = """
            a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
            i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
            """;
        YamlReadResult read = SafeYamlReader.Read(laughs);
        Assert.Null(read.Root);
        Assert.Contains(read.Errors, e => e.Message.Contains("expands to more than", StringComparison.Ordinal));
    }

    [Fact]
    public void Aliases_within_limits_are_read()
    {
        YamlReadResult read = SafeYamlReader.Read("base: &b [x, y]\nother: *b\n");
        Assert.Empty(read.Errors);
        Assert.IsType<YamlSequence>(((YamlMapping)read.Root!)["other"]);
    }

    [Fact]
    public void Duplicate_keys_are_errors_at_the_second_key()
    {
        YamlReadResult read = SafeYamlReader.Read("a: 1\nb: 2\na: 3\n");
        YamlError error = Assert.Single(read.Errors);
        Assert.Equal("duplicate key 'a'", error.Message);
        Assert.Equal((3, 1), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("a: [1, 2\n")]
    [InlineData("a:\n\t- tab\n")]
    [InlineData("a: b: c\n")]
    [InlineData("? [x]\n: y\n")]
    [InlineData("a: *missing\n")]
    public void Syntax_errors_have_a_position_and_never_throw(string text)
    {
        YamlReadResult read = SafeYamlReader.Read(text);
        YamlError error = Assert.Single(read.Errors);
        Assert.True(error.Line >= 1 && error.Column >= 1);
    }

    [Fact]
    public void Bom_crlf_nul_and_lone_surrogates_do_not_throw()
    {
        foreach (string text in new[] { "\uFEFFa: 1\r\nb: 2\r\n", "a: \0\n", "a: \uD800\n", new string('x', 2_000_000) })
        {
            YamlReadResult read = SafeYamlReader.Read(text);
            Assert.True(read.Root is not null || read.Errors.Count > 0);
        }
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_key()
    {
        YamlReadResult read = SafeYamlReader.Read("\uFEFFprofile:\n  minimumSalary: 1\n");
        Assert.Empty(read.Errors);
        var (key, _) = Assert.Single(((YamlMapping)read.Root!).Entries);
        Assert.Equal("profile", key.Value);
        Assert.Equal(1, key.Start.Offset);
    }

    [Fact]
    public void An_unclosed_bracket_before_more_lines_is_placed_after_what_could_be_read()
    {
        YamlReadResult read = SafeYamlReader.Read("title: ok\ntags: [unclosed\nother: 1\nmore: 2\n");
        YamlError error = Assert.Single(read.Errors);
        Assert.True(error.Line >= 2, error.ToString());
        Assert.DoesNotContain("current state of the object", error.Message);
    }
}
