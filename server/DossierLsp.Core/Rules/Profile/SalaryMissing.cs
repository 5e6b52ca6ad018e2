using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;
using DossierLsp.Core.Values;

namespace DossierLsp.Core.Rules.Profile;

internal sealed class SalaryMissing : Rule
{
    public override string Id => "salary-missing";
    public override Severity DefaultSeverity => Severity.Warning;
    public override string Summary => "The salary is not given, so it cannot be checked against your minimum.";
    public override string Description => "When your profile sets `minimumSalary`, every dossier should say what the job pays: this finding means there is no salary field, or it says the pay is not stated (`Competitive`, `Not disclosed`, `DOE`, `[TBD]`…). Silent when the profile has no minimum, and while a draft (status RESEARCHING, as `dossier new` writes it) has no salary yet: no field, an empty one or the schema's placeholder.";
    public override string Example => "- **Salary Range**: Competitive";
    public override string Fix => "Find the range (postings in many US states must publish it) and write it, e.g. `$150,000 - $180,000`.";

    public override void Check(RuleContext context)
    {
        BoundDocument document = context.Document;
        if (document.Profile.MinimumSalary is null || document.Schema.FieldWithRole(FieldRole.Salary) is not { } spec)
        {
            return;
        }
        // A draft's salary may still be blank: no field, an empty one, the placeholder the template writes.
        bool draft = Conditions.IsDraft(document);
        if (SalaryReading.Read(document) is not { } salary)
        {
            if (draft)
            {
                return;
            }
            TextSpan anchor = document.FieldsSection?.Section.Heading.TextSpan ?? document.Document.Title?.TextSpan ?? new TextSpan(0, 0);
            CodeFix[] fixes = DocumentEdits.InsertField(document, spec, "") is { } edit ? [new CodeFix($"Add field '{spec.Key}'", [edit])] : [];
            context.Report(anchor, $"no '{spec.Key}' field, so the salary cannot be checked against your minimum", fixes);
            return;
        }
        if (salary.Money.Status is MoneyStatus.NotStated or MoneyStatus.Empty && !(draft && (salary.Field.IsEmpty || spec.IsPlaceholder(salary.Field.Text))))
        {
            string said = salary.Field.IsEmpty ? "is empty" : $"'{salary.Field.Value}' states no amount";
            context.Report(salary.Field.IsEmpty ? salary.Field.KeySpan : salary.Field.ValueSpan, $"{spec.Key} {said}, so it cannot be checked against your minimum");
        }
    }
}
