using DossierLsp.Core.Analysis;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Tests.Analysis;

public sealed class FieldSyntaxTests
{
    private static FieldEntry? Read(string line, bool bulleted = true)
    {
        var source = new SourceText(line);
        return FieldSyntax.TryRead(source, new TextSpan(0, line.Length), bulleted)?.Bind(null);
    }

    [Theory]
    [InlineData("**Company**: Acme", "Company", "Acme", FieldForm.Bold)]
    [InlineData("__Company__: Acme", "Company", "Acme", FieldForm.Bold)]
    [InlineData("**Company:** Acme", "Company", "Acme", FieldForm.BoldColonInside)]
    [InlineData("Company: Acme", "Company", "Acme", FieldForm.Plain)]
    [InlineData("Company:: Acme", "Company", "Acme", FieldForm.Separated)]
    [InlineData("Company = Acme", "Company", "Acme", FieldForm.Separated)]
    [InlineData("Location - Remote - US", "Location", "Remote - US", FieldForm.Separated)]
    [InlineData("**Job ID** — SP-2291", "Job ID", "SP-2291", FieldForm.Separated)]
    [InlineData("| Company | Acme |", "Company", "Acme", FieldForm.Table)]
    [InlineData("| **Location:** | Berlin \\| hybrid |", "Location", "Berlin \\| hybrid", FieldForm.Table)]
    [InlineData("Posting: https://example.com/jobs/1", "Posting", "https://example.com/jobs/1", FieldForm.Plain)]
    public void Reads_the_forms_people_write(string line, string key, string value, FieldForm form)
    {
        FieldEntry field = Assert.IsType<FieldEntry>(Read(line));
        Assert.Equal((key, value, form), (field.Key, field.Value, field.Form));
        Assert.Equal(key, line.Substring(field.KeySpan.Start, field.KeySpan.Length));
        Assert.Equal(value, line.Substring(field.ValueSpan.Start, field.ValueSpan.Length));
    }

    [Fact]
    public void A_line_without_a_bullet_is_a_line_form() => Assert.Equal(FieldForm.Line, Read("**Company:** Acme", bulleted: false)!.Form);

    [Theory]
    [InlineData("**Company** Acme")]
    [InlineData("**Company: Acme")]
    [InlineData("https://example.com/jobs/1")]
    [InlineData("|---|---|")]
    [InlineData("| only one cell |")]
    [InlineData("| **** | x |")]
    [InlineData("📋: x")]
    [InlineData("**:** x")]
    public void Does_not_read_what_is_not_a_field(string line) => Assert.Null(Read(line));
}
