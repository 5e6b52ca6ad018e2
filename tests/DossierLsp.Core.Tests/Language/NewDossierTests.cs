using DossierLsp.Core.Analysis;
using DossierLsp.Core.Language;
using DossierLsp.Core.Rules;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Tests.Support;

namespace DossierLsp.Core.Tests.Language;

/// <summary>
/// A new dossier, and every section a fix adds, must not open with findings of their own making. The one finding
/// allowed is section-empty on a required section whose body is left for the user to write (a tab stop in the editor).
/// </summary>
public sealed class NewDossierTests
{
    public static TheoryData<string> Schemas() => new(SchemaLoader.BuiltInNames);

    [Theory]
    [MemberData(nameof(Schemas))]
    public void A_new_dossier_lints_clean(string name)
    {
        string text = DossierLanguageService.NewDossier(SchemaLoader.BuiltIn(name), "Acme", "Data Engineer").Text;
        Assert.Empty(Dossiers.Analyze(text).Findings.Where(f => f.RuleId != "section-empty").Select(f => $"{f.RuleId}: {f.Message}"));
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
        Assert.Empty(Dossiers.Analyze(text).Findings.Where(f => f.RuleId != "section-empty").Select(f => $"{f.RuleId}: {f.Message}"));
    }
}
