using DossierLsp.Core.Document;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Tests.Document;

public sealed class DossierParserTests
{
    private static DossierDocument Parse(string text) => DossierParser.Parse(new SourceText(text));

    [Fact]
    public void Reads_title_sections_and_bullets_with_exact_spans()
    {
        const string text = "# Job Application: A - B\n\n## Job Details\n- **Company**: A\n\n## Notes\nSome text\n";
        DossierDocument document = Parse(text);
        Assert.Equal("Job Application: A - B", document.Title!.Text);
        Assert.Equal(2, document.Title.TextSpan.Start);
        Assert.Equal(["Job Details", "Notes"], document.Sections.Select(s => s.Heading.Text));
        BulletItem item = Assert.Single(document.Sections[0].Items);
        Assert.Equal("**Company**: A", document.Source.ToString(item.LineSpan));
        Assert.True(document.Sections[1].HasContent);
    }

    /// <summary>A bullet's line text is its own line's, whatever the line breaks and with a byte-order mark.</summary>
    [Theory]
    [InlineData("\uFEFF## Job Details\r- **Company**: A\r\r- **Position**: B\r")]
    [InlineData("## Job Details\r\n- **Company**: A\n\r- **Position**: B")]
    [InlineData("## Job Details\n\n* **Company**: A\r\n  continued\r\n1. **Position**: B\n")]
    public void Bullets_read_their_own_line_whatever_the_line_breaks(string text)
    {
        DossierDocument document = Parse(text);
        Assert.Equal(["**Company**: A", "**Position**: B"], document.Sections.Single().Items.Select(i => document.Source.ToString(i.LineSpan)));
    }

    [Theory]
    [InlineData("## Notes ##\n", "Notes")]
    [InlineData("##   Notes   \n", "Notes")]
    [InlineData("Notes\n-----\n", "Notes")]
    [InlineData("Follow-up\nQuestions\n---\n", "Follow-up Questions")]
    [InlineData("Follow-up  \r\n  Questions\r\n---\r\n", "Follow-up Questions")]
    [InlineData("##  Notes\t\r\n", "Notes")]
    [InlineData("##\tNotes\n", "Notes")]
    [InlineData("## \tNext Steps \t##\t\n", "Next Steps")]
    [InlineData("  ##\tC# \\##\n", "C# \\##")]
    public void Reads_atx_and_setext_headings(string text, string heading) =>
        Assert.Equal(heading, Assert.Single(Parse(text).Sections).Heading.Text);

    [Theory]
    [InlineData("```\n## Not a section\n```\n")]
    [InlineData("    ## indented code\n")]
    [InlineData("<!--\n## commented out\n-->\n")]
    [InlineData("> ## quoted\n")]
    public void Headings_in_code_comments_and_quotes_are_not_structure(string text) =>
        Assert.Empty(Parse(text).Sections);

    [Fact]
    public void A_tab_after_the_opening_hashes_keeps_the_headings_text_and_span()
    {
        const string text = "#\tJob Application: A - B\n\n##\tNotes\n- x\n";
        DossierDocument document = Parse(text);
        Assert.Equal("Job Application: A - B", document.Title!.Text);
        Assert.Equal(2, document.Title.TextSpan.Start);
        Heading notes = Assert.Single(document.Sections).Heading;
        Assert.Equal("Notes", document.Source.ToString(notes.TextSpan));
    }

    [Fact]
    public void Crlf_bom_and_non_ascii_keep_offsets()
    {
        const string text = "\uFEFF# Job Application: Café 😀 - Ingénieur\r\n\r\n## Job Details\r\n- **Company**: Café 😀\r\n";
        DossierDocument document = Parse(text);
        Assert.Equal("Job Application: Café 😀 - Ingénieur", document.Title!.Text);
        Assert.Equal(3, document.Title.TextSpan.Start);
        BulletItem item = Assert.Single(Assert.Single(document.Sections).Items);
        Assert.Equal("**Company**: Café 😀", document.Source.ToString(item.LineSpan));
    }

    [Fact]
    public void Content_nested_too_deep_is_set_aside_and_the_rest_still_read()
    {
        string deep = string.Concat(Enumerable.Repeat("> ", 5000)) + "x\n";
        DossierDocument document = Parse("# T\n\n## Notes\n" + deep + "\n## Requirements\n- a\n");
        Assert.Equal(["Notes", "Requirements"], document.Sections.Select(s => s.Heading.Text));
        ParseProblem problem = Assert.Single(document.Problems);
        Assert.Equal(3, document.Source.GetPosition(problem.Span.Start).Line);
    }

    // A tab is four columns, two levels: the pre-scan's one-search shortcut must still see 17 tabs as too deep.
    [Theory]
    [InlineData(16, "x", false)]
    [InlineData(16, "- x", true)]
    [InlineData(17, "x", true)]
    public void Each_tab_nests_two_levels(int tabs, string rest, bool setAside)
    {
        DossierDocument document = Parse("# T\n\n## Notes\n" + new string('\t', tabs) + rest + "\n");
        Assert.Equal(setAside, document.Problems.Any(p => p.SetAside));
    }

    [Theory]
    [InlineData(5000)]
    [InlineData(100)]
    public void Deeply_nested_lists_do_not_throw(int depth)
    {
        string markers = string.Concat(Enumerable.Repeat("- ", depth)) + "x\n";
        string indented = string.Concat(Enumerable.Range(0, Math.Min(depth, 300)).Select(i => new string(' ', i * 2) + "- x\n"));
        DossierDocument document = Parse("# T\n## Notes\n" + markers + "\n## Requirements\n" + indented);
        Assert.Equal(["Notes", "Requirements"], document.Sections.Select(s => s.Heading.Text));
        Assert.NotEmpty(document.Problems);
    }

    [Fact]
    public void Quadratic_link_pattern_parses_quickly()
    {
        // Markdig's link parser is quadratic on this input; inline parsing is off, so it must not matter.
        string text = "# T\n## Notes\n" + string.Concat(Enumerable.Repeat("[a](b", 60_000));
        DossierDocument document = Parse(text);
        Assert.Single(document.Sections);
    }

    [Fact]
    public void Oversized_documents_are_refused_with_a_problem()
    {
        DossierDocument document = Parse(new string('a', DossierParser.MaxLength + 1));
        Assert.Single(document.Problems);
        Assert.Empty(document.Sections);
    }

    [Fact]
    public void Nul_bytes_are_read_as_text()
    {
        DossierDocument document = Parse("# T\0itle\n## Notes\0\n- a\0b\n");
        Assert.Single(document.Sections);
    }

    [Theory]
    [InlineData("<!-- dossier: off -->\n# T\n", "off")]
    [InlineData("---\ndossier: job-dossier\nother: 1\n---\n# T\n", "job-dossier")]
    [InlineData("# T\n<!-- dossier: off -->\n", null)]
    [InlineData("<!-- dossier: off\n-->\n# T\n", null)]
    [InlineData("  <!-- dossier: off --> and more\r\n# T\n", "off")]
    public void Reads_the_in_file_marker(string text, string? marker) =>
        Assert.Equal(marker, Parse(text).Marker);

    [Fact]
    public void Suppression_comments_cover_the_right_lines()
    {
        const string text = "# T\n<!-- dossier-disable-next-line field-unknown -->\nline2\nline3\n<!-- dossier-disable enum-invalid -->\nline5\n<!-- dossier-enable enum-invalid -->\nline7\n";
        Suppressions suppressions = Parse(text).Suppressions;
        Assert.True(suppressions.IsSuppressed("field-unknown", 2));
        Assert.False(suppressions.IsSuppressed("field-unknown", 3));
        Assert.False(suppressions.IsSuppressed("enum-invalid", 2));
        Assert.True(suppressions.IsSuppressed("enum-invalid", 5));
        Assert.False(suppressions.IsSuppressed("enum-invalid", 7));
    }

    [Theory]
    [InlineData("\uFEFF---\ndossier: job-dossier\ncompany: Acme\n---\n# T\n## Notes\n")]
    [InlineData("\uFEFF<!-- dossier: job-dossier -->\n# T\n## Notes\n")]
    public void A_byte_order_mark_hides_neither_front_matter_nor_the_marker(string text)
    {
        DossierDocument document = Parse(text);
        Assert.Equal("job-dossier", document.Marker);
        Assert.Equal("T", document.Title!.Text);
        Assert.Equal(text.IndexOf("# T", StringComparison.Ordinal) + 2, document.Title.TextSpan.Start);
        Assert.Equal(["Notes"], document.Sections.Select(s => s.Heading.Text));
    }
}
