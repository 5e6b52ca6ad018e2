using DossierLsp.Core.Schema;

namespace DossierLsp.Core.Tests.Schemas;

public sealed class NameKeyTests
{
    private static readonly DossierSchema Schema = SchemaLoader.BuiltIn();

    [Theory]
    [InlineData("📋 Job Details", "jobdetails")]
    [InlineData("🗒️ Notes", "notes")]
    [InlineData("1. Job Details", "jobdetails")]
    [InlineData("03 - Requirements", "requirements")]
    [InlineData("Job Details:", "jobdetails")]
    [InlineData("JOB DETAILS", "jobdetails")]
    [InlineData("**Job Details**", "jobdetails")]
    [InlineData("Job details (from posting)", "jobdetails")]
    [InlineData("Salary (EUR)", "salary")]
    [InlineData("Follow-up Questions", "followupquestions")]
    [InlineData("401k Match", "401kmatch")]
    [InlineData("(draft)", "draft")]
    public void Decoration_is_not_part_of_the_key(string name, string key) => Assert.Equal(key, NameKey.Of(name));

    [Theory]
    [InlineData("Job Details", NameMatchKind.Exact, "Job Details")]
    [InlineData("About the Role", NameMatchKind.Exact, "About the Role")]
    [InlineData("🎯 requirements", NameMatchKind.Styled, "Requirements")]
    [InlineData("Minimum Qualifications:", NameMatchKind.Styled, "Minimum Qualifications")]
    [InlineData("Requirements & Skills", NameMatchKind.Styled, "Requirements")]
    [InlineData("What You’ll Do", NameMatchKind.Exact, "What You'll Do")]
    [InlineData("what you'll do", NameMatchKind.Styled, "What You'll Do")]
    public void Headings_match_sections_exactly_or_by_style(string heading, NameMatchKind kind, string name)
    {
        SchemaMatch<SectionSpec> match = Assert.IsType<SchemaMatch<SectionSpec>>(Schema.MatchSection(heading));
        Assert.Equal((kind, name), (match.Kind, match.Name));
    }

    [Theory]
    [InlineData("Salary Research")]
    [InlineData("Layout")]
    [InlineData("Notes about the commute and the office")]
    public void Unrelated_headings_match_no_section(string heading) => Assert.Null(Schema.MatchSection(heading));

    [Theory]
    [InlineData("Requirments", "Requirements")]
    [InlineData("Job Detials", "Job Details")]
    [InlineData("Aplication Strategy", "Application Strategy")]
    [InlineData("Reqoirenentz", "Requirements")] // three letters changed: the limit for its length
    public void A_few_letters_off_is_a_misspelling_of_a_section(string heading, string name) =>
        Assert.Equal(name, NameKey.Misspelling(heading, Schema.Sections, s => s.Names)?.Name);

    [Theory]
    [InlineData("Nots")] // too short to guess
    [InlineData("Salary Research")]
    [InlineData("Interview Questions Asked")]
    public void Short_or_distant_names_are_not_guessed(string heading) =>
        Assert.Null(NameKey.Misspelling(heading, Schema.Sections, s => s.Names));

    [Theory]
    [InlineData("📋", true)]
    [InlineData("1.", true)]
    [InlineData("**", true)]
    [InlineData("(note)", false)]
    [InlineData("2024", false)]
    [InlineData("1. Company", false)]
    [InlineData("Company (note)", false)]
    public void A_name_without_letters_or_digits_outside_its_numbering_is_empty(string name, bool empty)
    {
        Assert.Equal(empty, NameKey.IsEmpty(name));
        Assert.Equal(empty, NameKey.Of(name).Length == 0);
    }

    [Theory]
    [InlineData("Job Details", "job  DETAILS")]
    [InlineData(" Salary Range ", "salary\trange")]
    [InlineData("Job Details", "Job Detail")]
    public void The_name_comparer_agrees_with_NameMatch(string a, string b)
    {
        Assert.Equal(NameMatch.Equal(a, b), NameMatch.Comparer.Equals(a, b));
        if (NameMatch.Equal(a, b))
        {
            Assert.Equal(NameMatch.Comparer.GetHashCode(a), NameMatch.Comparer.GetHashCode(b));
        }
    }

    [Theory]
    [InlineData("Application Status", "Application Status")]
    [InlineData("application   status", "Application Status")]
    [InlineData("Status", "Application Status")] // an alias
    [InlineData("Pay", "Salary Range")]
    [InlineData("Wage", null)]
    public void Fields_are_found_by_key_or_alias_ignoring_case_and_spacing(string key, string? found) =>
        Assert.Equal(found, Schema.FindField(key)?.Key);

    [Fact]
    public void The_fields_section_is_the_section_of_that_name() =>
        Assert.Equal(["Job Details"], Schema.Sections.Where(Schema.IsFieldsSection).Select(s => s.Heading));
}
