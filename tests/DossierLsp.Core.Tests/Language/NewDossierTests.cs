using DossierLsp.Core.Analysis;
using DossierLsp.Core.Language;
using DossierLsp.Core.Rules;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Tests.Support;

namespace DossierLsp.Core.Tests.Language;

/// <summary>
/// A new dossier, and every section a fix adds, lints clean, even with a minimum salary to check against: it is a
/// draft (its status is the lifecycle's first), whose blanks (the sections' bodies, the salary's placeholder) are
/// the user's to fill, not findings.
/// </summary>
public sealed class NewDossierTests
{
    public static TheoryData<string> Schemas() => new(SchemaLoader.BuiltInNames);

    private const string WithMinimum = "profile:\n  minimumSalary: 180000\n";

    private static string[] Findings(string text) =>
        [.. Dossiers.Analyze(text, WithMinimum).Findings.Select(f => $"{f.RuleId}: {f.Message}")];

    [Theory]
    [MemberData(nameof(Schemas))]
    public void A_new_dossier_lints_clean(string name)
    {
        string text = DossierLanguageService.NewDossier(SchemaLoader.BuiltIn(name), "Acme", "Data Engineer").Text;
        Assert.Empty(Findings(text));
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Once_past_its_first_status_the_blanks_are_findings(string name)
    {
        DossierSchema schema = SchemaLoader.BuiltIn(name);
        string text = DossierLanguageService.NewDossier(schema, "Acme", "Data Engineer").Text;
        string first = schema.EnumOf(schema.FieldWithRole(FieldRole.Status))!.Values[0].Value;
        string second = schema.EnumOf(schema.FieldWithRole(FieldRole.Status))!.Values[1].Value;
        string[] rules = [.. Dossiers.Analyze(text.Replace(first, second, StringComparison.Ordinal), WithMinimum).Findings.Select(f => f.RuleId).Distinct()];
        Assert.Equal(["salary-missing", "section-empty"], rules.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Every_section_template_lints_clean_where_a_fix_inserts_it(string name)
    {
        DossierSchema schema = SchemaLoader.BuiltIn(name);
        string text = DossierLanguageService.NewDossier(schema, "Acme", "Data Engineer").Text;
        foreach (SectionSpec section in schema.Sections.Where(s => s.Requirement == Requirement.Optional))
        {
            var analysis = Dossiers.Analyze(text);
            text = Dossiers.Apply(text, [DocumentEdits.InsertSection(analysis.Bound!, section)]);
        }
        Assert.Empty(Findings(text));
    }
}
