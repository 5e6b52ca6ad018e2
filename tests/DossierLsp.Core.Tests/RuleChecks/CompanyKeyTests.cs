using DossierLsp.Core.Rules.CrossDossier;

namespace DossierLsp.Core.Tests.RuleChecks;

public sealed class CompanyKeyTests
{
    [Theory]
    [InlineData("Acme", "acme")]
    [InlineData("ACME, Inc.", "acme")]
    [InlineData("  Acme   Data  Co ", "acme data")]
    [InlineData("Inc", "inc")] // a legal form alone is the name
    [InlineData("Co Co", "co")]
    [InlineData("Müller & Söhne GmbH", "müller söhne")]
    [InlineData("Wonka-Foods Ltd. (EU)", "wonka foods ltd eu")]
    [InlineData("—", "")]
    [InlineData("", "")]
    public void A_company_is_its_lower_case_words_without_a_trailing_legal_form(string company, string key) =>
        Assert.Equal(key, CompanyKey.Company(company));

    [Theory]
    [InlineData("Senior Data Engineer", "senior data engineer")]
    [InlineData("Data engineer (m/f/d)", "data engineer m f d")]
    [InlineData("WON-83735", "won 83735")]
    [InlineData("Backend Engineer, Inc", "backend engineer inc")]
    [InlineData("٣ Engineers", "٣ engineers")] // decimal digits of any script
    [InlineData("Ⅻ", "")] // a letter number is not a decimal digit
    public void A_text_is_its_lower_case_words(string text, string key) => Assert.Equal(key, CompanyKey.Text(text));
}
