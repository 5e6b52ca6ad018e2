namespace DossierLsp.Core.Rules;

/// <summary>
/// Every rule, in id order: one reviewable list, so a rule cannot be silently absent. A test checks that every
/// <see cref="Rule"/> subclass is listed here. An id is never reused once retired; retired ids stay below as comments.
/// </summary>
public static class RuleCatalog
{
    public static IReadOnlyList<Rule> All { get; } =
    [
        new Fields.DateAmbiguous(),
        new Fields.DateInvalid(),
        new Fields.DateOrder(),
        new CrossDossier.DuplicateApplication(),
        new CrossDossier.DuplicateJobId(),
        new Fields.EnumCase(),
        new Fields.EnumInvalid(),
        new Fields.FieldDuplicate(),
        new Fields.FieldEmpty(),
        new Fields.FieldMissing(),
        new Fields.FieldRequiredWhen(),
        new Fields.FieldStyle(),
        new Fields.FieldUnknown(),
        new Fields.FieldUnreadable(),
        new Profile.LocationNotPreferred(),
        new Structure.MarkdownSetAside(),
        new Structure.MarkdownUnreadable(),
        new Profile.SalaryBelowMinimum(),
        new Profile.SalaryCurrencyUnconverted(),
        new Profile.SalaryMissing(),
        new Profile.SalaryStraddlesMinimum(),
        new Profile.SalaryUnparseable(),
        new Structure.SectionDuplicate(),
        new Structure.SectionEmpty(),
        new Structure.SectionHeadingStyle(),
        new Structure.SectionMissing(),
        new Structure.SectionOrder(),
        new Structure.SectionRecommended(),
        new Structure.SectionUnknown(),
        new Structure.TitleFieldMismatch(),
        new Structure.TitleMissing(),
        new Structure.TitlePattern(),
        new Structure.TitleStyle(),
        new Fields.ValueFormat(),
    ];

    // Retired ids: none yet.

    public static Rule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
}
