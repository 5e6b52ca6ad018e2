using DossierLsp.Core.Yaml;

namespace DossierLsp.Core.Tests.Yaml;

public sealed class SafeYamlReaderTests
{
    private static YamlMapping Map(string text)
    {
        YamlReadResult result = SafeYamlReader.Read(text);
        Assert.Empty(result.Errors);
        return Assert.IsType<YamlMapping>(result.Root);
    }

    [Fact]
    public void Reads_mappings_sequences_and_scalars()
    {
        YamlMapping root = Map("name: job\nlist: [a, 'b', \"c\"]\nnested:\n  x: ~\n  y: null\n  z: ''\n");
        Assert.Equal("job", Assert.IsType<YamlScalar>(root["name"]).Value);
        var list = Assert.IsType<YamlSequence>(root["list"]);
        Assert.Equal(["a", "b", "c"], list.Items.Cast<YamlScalar>().Select(s => s.Value));
        Assert.True(((YamlScalar)list.Items[0]).IsPlain);
        Assert.False(((YamlScalar)list.Items[1]).IsPlain);
        var nested = Assert.IsType<YamlMapping>(root["nested"]);
        Assert.True(((YamlScalar)nested["x"]!).IsNull);
        Assert.True(((YamlScalar)nested["y"]!).IsNull);
        Assert.False(((YamlScalar)nested["z"]!).IsNull);
        Assert.Null(root["missing"]);
    }

    [Fact]
    public void Empty_text_has_no_root_and_no_errors()
    {
        YamlReadResult result = SafeYamlReader.Read("");
        Assert.Null(result.Root);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Reads_only_the_first_document()
    {
        YamlMapping root = Map("a: 1\n---\nb: 2\n");
        Assert.Single(root.Entries);
    }

    [Fact]
    public void Scalars_carry_offset_line_and_column()
    {
        const string text = "name: job\nitems:\n  - first\n  - 'second'\n";
        YamlMapping root = Map(text);
        YamlScalar key = root.Entries[1].Key;
        Assert.Equal(new YamlMark(text.IndexOf("items", StringComparison.Ordinal), 2, 1), key.Start);
        var items = (YamlSequence)root["items"]!;
        YamlScalar first = (YamlScalar)items.Items[0];
        Assert.Equal(new YamlMark(text.IndexOf("first", StringComparison.Ordinal), 3, 5), first.Start);
        Assert.Equal(new YamlMark(text.IndexOf("first", StringComparison.Ordinal) + 5, 3, 10), first.End);
        YamlScalar second = (YamlScalar)items.Items[1];
        Assert.Equal(new YamlMark(text.IndexOf("'second'", StringComparison.Ordinal), 4, 5), second.Start);
        Assert.Equal((3, 3), (items.Start.Line, items.Start.Column));
    }

    [Fact]
    public void Marks_are_utf16_offsets_after_crlf_bom_and_astral_characters()
    {
        const string text = "\uFEFFa: 😀😀\r\nb: x\r\n";
        YamlMapping root = Map(text);
        YamlScalar emoji = (YamlScalar)root["a"]!;
        Assert.Equal("😀😀", emoji.Value);
        YamlScalar b = root.Entries[1].Key;
        Assert.Equal((2, 1), (b.Start.Line, b.Start.Column));
        Assert.Equal("b", text.Substring(b.Start.Offset, 1));
        YamlScalar x = (YamlScalar)root["b"]!;
        Assert.Equal("x", text.Substring(x.Start.Offset, 1));
        Assert.Equal((2, 4), (x.Start.Line, x.Start.Column));
        // The mark still counts as the first character of the text and of line 1.
        YamlScalar a = root.Entries[0].Key;
        Assert.Equal(new YamlMark(1, 1, 2), a.Start);
        Assert.Equal(new YamlMark(4, 1, 5), emoji.Start);
        Assert.Equal(new YamlMark(8, 1, 9), emoji.End);
    }

    [Fact]
    public void Errors_after_a_bom_count_it_as_a_column()
    {
        YamlError error = Assert.Single(SafeYamlReader.Read("\uFEFFa: 1\na: 2\n").Errors);
        Assert.Equal(("duplicate key 'a'", 2, 1), (error.Message, error.Line, error.Column));
        YamlError syntax = Assert.Single(SafeYamlReader.Read("\uFEFFkey: value: x\n").Errors);
        Assert.Equal((1, 12), (syntax.Line, syntax.Column));
    }

    [Fact]
    public void Node_count_counts_each_node_once()
    {
        // 1 + 3 + 9 nodes; counted once each, not once more for every collection around them.
        const string text = "[[1, 2, 3], [4, 5, 6], [7, 8, 9]]";
        Assert.Empty(SafeYamlReader.Read(text, new YamlLimits(MaxNodes: 13)).Errors);
        Assert.Single(SafeYamlReader.Read(text, new YamlLimits(MaxNodes: 12)).Errors);
        // mapping, a, [1, 2, 3] (4 nodes), b, and the alias expanded (4 more): 11.
        Assert.Empty(SafeYamlReader.Read("a: &a [1, 2, 3]\nb: *a\n", new YamlLimits(MaxNodes: 11)).Errors);
        Assert.Single(SafeYamlReader.Read("a: &a [1, 2, 3]\nb: *a\n", new YamlLimits(MaxNodes: 10)).Errors);
    }

    [Fact]
    public void Crlf_line_numbers()
    {
        YamlMapping root = Map("a: 1\r\nb: 2\r\nc: 3\r\n");
        Assert.Equal([1, 2, 3], root.Entries.Select(e => e.Key.Start.Line));
    }

    [Fact]
    public void Duplicate_key_is_an_error_at_the_second_key()
    {
        YamlReadResult result = SafeYamlReader.Read("name: a\nother: b\n  \nname: c\n");
        Assert.Null(result.Root);
        YamlError error = Assert.Single(result.Errors);
        Assert.Equal(("duplicate key 'name'", 4, 1), (error.Message, error.Line, error.Column));

        YamlError nested = Assert.Single(SafeYamlReader.Read("top:\n  k: 1\n  k: 2\n").Errors);
        Assert.Equal(("duplicate key 'k'", 3, 3), (nested.Message, nested.Line, nested.Column));

        YamlError flow = Assert.Single(SafeYamlReader.Read("{a: 1, a: 2}").Errors);
        Assert.Equal(("duplicate key 'a'", 1, 8), (flow.Message, flow.Line, flow.Column));
    }

    [Fact]
    public void The_same_key_in_different_mappings_is_fine() =>
        Assert.Empty(SafeYamlReader.Read("- key: 1\n- key: 2\n").Errors);

    [Fact]
    public void A_collection_as_a_key_is_an_error()
    {
        YamlError error = Assert.Single(SafeYamlReader.Read("? [a, b]\n: c\n").Errors);
        Assert.Contains("mapping key must be a plain value", error.Message);
        Assert.Equal((1, 3), (error.Line, error.Column));
    }

    [Fact]
    public void Tab_indentation_is_a_syntax_error()
    {
        YamlReadResult result = SafeYamlReader.Read("a:\n\tb: 1\n");
        Assert.Null(result.Root);
        YamlError error = Assert.Single(result.Errors);
        // YamlDotNet places this error at the start of the mapping, not at the tab.
        Assert.Equal(("While scanning a mapping, found invalid tab as indentation.", 1, 1), (error.Message, error.Line, error.Column));
    }

    [Fact]
    public void Tabs_inside_values_are_fine()
    {
        YamlMapping root = Map("a: \"x\\ty\"\nb: 'p\tq'\n");
        Assert.Equal("x\ty", ((YamlScalar)root["a"]!).Value);
        Assert.Equal("p\tq", ((YamlScalar)root["b"]!).Value);
    }

    [Fact]
    public void Syntax_errors_have_line_and_column()
    {
        YamlReadResult result = SafeYamlReader.Read("a: 1\nb: [1, 2\n");
        Assert.Null(result.Root);
        YamlError error = Assert.Single(result.Errors);
        Assert.True(error.Line >= 2, error.ToString());
        Assert.True(error.Column >= 1);
    }

    [Fact]
    public void An_unclosed_bracket_in_a_block_mapping_is_an_error_near_it()
    {
        // YamlDotNet throws InvalidOperationException (no position) here; the error points after the last good event.
        YamlError error = Assert.Single(SafeYamlReader.Read("name: x\nlist: [a, b\nnext: 1\n").Errors);
        Assert.Equal((2, 9), (error.Line, error.Column));
        Assert.StartsWith("the YAML is malformed after this point", error.Message);
    }

    [Theory]
    [InlineData("a: x\0y\n")]
    [InlineData("a: \0\n")]
    [InlineData("\0")]
    [InlineData("a: \uD800\n")]
    [InlineData("a: '\uDC00'\n")]
    [InlineData("\uD83D")]
    [InlineData("a: \u0007\n")]
    public void Control_characters_and_lone_surrogates_never_throw(string text)
    {
        YamlReadResult result = SafeYamlReader.Read(text);
        foreach (YamlError error in result.Errors)
        {
            Assert.True(error.Line >= 1 && error.Column >= 1, error.ToString());
        }
    }

    [Fact]
    public void Too_long_text_is_refused_without_parsing()
    {
        YamlError error = Assert.Single(SafeYamlReader.Read(new string('a', 101), new YamlLimits(MaxChars: 100)).Errors);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("at most 100", error.Message);
    }

    [Fact]
    public void Deep_flow_nesting_is_an_error_not_a_crash()
    {
        string text = new string('[', 40_000) + new string(']', 40_000);
        YamlReadResult result = SafeYamlReader.Read(text);
        Assert.Null(result.Root);
        YamlError error = Assert.Single(result.Errors);
        Assert.Contains("nested more than 64 levels deep", error.Message);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Deep_unclosed_flow_nesting_is_an_error_not_a_crash()
    {
        YamlReadResult result = SafeYamlReader.Read("a: " + new string('{', 40_000));
        Assert.Null(result.Root);
        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public void Flow_nesting_at_the_limit_is_read()
    {
        YamlReadResult result = SafeYamlReader.Read(new string('[', 64) + new string(']', 64));
        Assert.Empty(result.Errors);
        Assert.IsType<YamlSequence>(result.Root);
        Assert.Single(SafeYamlReader.Read(new string('[', 65) + new string(']', 65)).Errors);
    }

    [Fact]
    public void Deep_block_mappings_are_an_error()
    {
        var builder = new System.Text.StringBuilder();
        for (int i = 0; i < 5_000; i++)
        {
            builder.Append(' ', i).Append('k').Append(i).Append(":\n");
        }
        builder.Append(' ', 5_000).Append("leaf\n");
        string text = builder.ToString();

        // Indentation makes 5,000 levels longer than the default size limit, which refuses it first…
        YamlError size = Assert.Single(SafeYamlReader.Read(text).Errors);
        Assert.Contains("characters long", size.Message);

        // …and with the size limit lifted, the depth limit stops it at the 65th level.
        YamlReadResult result = SafeYamlReader.Read(text, new YamlLimits(MaxChars: int.MaxValue));
        Assert.Null(result.Root);
        YamlError depth = Assert.Single(result.Errors);
        Assert.Equal(("nested more than 64 levels deep", 65, 65), (depth.Message, depth.Line, depth.Column));
    }

    [Fact]
    public void Deep_compact_block_sequences_are_an_error()
    {
        string text = string.Concat(Enumerable.Repeat("- ", 5_000)) + "x\n";
        YamlError error = Assert.Single(SafeYamlReader.Read(text).Errors);
        Assert.Contains("nested more than 64 levels deep", error.Message);
    }

    [Fact]
    public void Billion_laughs_is_refused_quickly()
    {
        const string text = """
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
        YamlReadResult result = SafeYamlReader.Read(text);
        Assert.Null(result.Root);
        YamlError error = Assert.Single(result.Errors);
        Assert.Contains("expands to more than 200,000 nodes", error.Message);
        // f is the first level past 200,000 nodes (9 × 66,430); the error is at the alias that crosses the limit, not its anchor.
        // Stopping at f rather than expanding i is what bounds the work: by a count, not a clock.
        Assert.Equal(6, error.Line);
        Assert.True(error.Column > 7, error.ToString());
    }

    [Fact]
    public void Too_many_aliases_are_refused()
    {
        string text = "a: &a x\nb: [" + string.Join(",", Enumerable.Repeat("*a", 201)) + "]\n";
        YamlError error = Assert.Single(SafeYamlReader.Read(text).Errors);
        Assert.Equal("more than 200 aliases", error.Message);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void A_duplicate_key_written_as_an_alias_is_reported_at_the_alias()
    {
        YamlError error = Assert.Single(SafeYamlReader.Read("a: &k name\nname: 1\n*k : 2\n").Errors);
        Assert.Equal(("duplicate key 'name'", 3, 1), (error.Message, error.Line, error.Column));
    }

    [Fact]
    public void Aliases_resolve_to_their_anchors()
    {
        YamlMapping root = Map("base: &b {x: 1}\ncopy: *b\n");
        Assert.Same(root["base"], root["copy"]);
    }

    [Fact]
    public void Unknown_alias_is_an_error()
    {
        YamlError error = Assert.Single(SafeYamlReader.Read("a: *nope\n").Errors);
        Assert.Contains("nope", error.Message);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Random_text_never_throws()
    {
        var random = new Random(4242);
        string[] pieces = ["a", ":", " ", "\n", "  ", "-", "[", "]", "{", "}", ",", "&x", "*x", "'", "\"", "#", "?", "|", ">", "\t", "\0", "😀", "\uD800", "!!str", "%YAML 1.2", "---", "...", "\r\n", "\\"];
        for (int i = 0; i < 5_000; i++)
        {
            var builder = new System.Text.StringBuilder();
            int count = random.Next(0, 30);
            for (int j = 0; j < count; j++)
            {
                builder.Append(random.Next(5) == 0 ? (char)random.Next(0, 0x10000) : pieces[random.Next(pieces.Length)]);
            }
            YamlReadResult result = SafeYamlReader.Read(builder.ToString());
            Assert.True(result.Errors.All(e => e.Line >= 1 && e.Column >= 1));
        }
    }
}
