using System.Text;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Config;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Values;
using DossierLsp.Core.Workspace;

namespace DossierLsp.Core.Language;

internal static class HoverProvider
{
    public static HoverInfo? Hover(DocumentAnalysis analysis, int offset)
    {
        if (analysis.Bound is not { } document)
        {
            return null;
        }
        foreach (FieldEntry field in document.Fields)
        {
            if (field.Spec is not { } spec)
            {
                continue;
            }
            if (field.KeySpan.ContainsOrTouches(offset))
            {
                return new HoverInfo(field.KeySpan, FieldDoc(document.Schema, spec));
            }
            if (!field.IsEmpty && field.ValueSpan.ContainsOrTouches(offset) && ValueDoc(document, spec, field, analysis.Today) is { } valueDoc)
            {
                return new HoverInfo(field.ValueSpan, valueDoc);
            }
        }
        foreach (BoundSection section in document.Sections)
        {
            if (section.Spec is { } spec && section.Section.Heading.Span.ContainsOrTouches(offset))
            {
                string text = $"**## {spec.Heading}** · {spec.Requirement.ToString().ToLowerInvariant()} section, {spec.Order + 1} of {document.Schema.Sections.Count} in schema `{document.Schema.Name}`";
                return new HoverInfo(section.Section.Heading.TextSpan, spec.Description is null ? text : $"{text}\n\n{spec.Description}");
            }
        }
        return null;
    }

    private static string FieldDoc(DossierSchema schema, FieldSpec spec)
    {
        var text = new StringBuilder($"**{spec.Key}** · {CompletionProvider.TypeName(spec.Type)}{(spec.Required ? ", required" : "")}");
        if (spec.Description is not null)
        {
            text.Append("\n\n").Append(spec.Description);
        }
        if (spec.RequiredWhen is { } condition)
        {
            text.Append($"\n\nRequired when {condition.Description}.");
        }
        if (spec.Placeholders.Count > 0)
        {
            text.Append("\n\nPlaceholders: ").AppendJoin(", ", spec.Placeholders.Select(p => $"`{p}`"));
        }
        if (schema.EnumOf(spec) is { } enumSpec)
        {
            text.Append("\n\nValues: ").Append(enumSpec.Lifecycle(v => $"`{v.Value}`"));
        }
        return text.ToString();
    }

    private static string? ValueDoc(BoundDocument document, FieldSpec spec, FieldEntry field, DateOnly today)
    {
        switch (spec.Type)
        {
            case FieldType.Enum when document.Schema.EnumOf(spec) is { } enumSpec:
                if (enumSpec.Read(field.Text) is not { } reading)
                {
                    return null;
                }
                int index = enumSpec.IndexOf(reading.Value.Value);
                EnumValueSpec value = enumSpec.Values[index];
                string lifecycle = enumSpec.Lifecycle(v => v == value ? $"**{v.Value}**" : v.Value);
                return $"**{value.Value}** · {StageOf(enumSpec, value)}\n\n{value.Description}\n\n{lifecycle}";
            case FieldType.MoneyRange:
                return SalaryDoc(document, field);
            case FieldType.Date:
                DateParseResult date = DateParser.Parse(field.Text, document.Config.DateOrder.Value);
                return date.Status != DateStatus.Valid ? null
                    : date.Precision == DatePrecision.Month ? $"**{date.Date:MMMM yyyy}** (month only)"
                    : $"**{date.Date:dddd, d MMMM yyyy}** · {Ages.Describe(date.Date, today)}";
            default:
                return null;
        }
    }

    /// <summary>"3 of 7" for a stage; an outcome is not a step in the sequence.</summary>
    internal static string StageOf(EnumSpec enumSpec, EnumValueSpec value)
    {
        var stages = enumSpec.Values.Where(v => !v.AnyStage).ToList();
        return value.AnyStage ? "possible at any stage" : $"{stages.IndexOf(value) + 1} of {stages.Count}";
    }

    /// <summary>Where a profile value comes from: a link to its line in the file, or the settings that override files.</summary>
    private static string SourceLink(ValueSource source) => source.File is { } file
        ? $"from [{Path.GetFileName(file)}:{source.Line}]({new Uri(file).AbsoluteUri}#L{source.Line})"
        : $"from {source.Description}, which take precedence over dossier.config.yaml";

    private static string? SalaryDoc(BoundDocument document, FieldEntry field)
    {
        MoneyParseResult money = document.MoneyOf(field);
        if (money.Status != MoneyStatus.Stated)
        {
            return money.Status == MoneyStatus.NotStated ? "Salary not stated." : null;
        }
        var profile = document.Profile;
        if (SalaryReading.Misread(money, profile) is { } why)
        {
            return $"Salary probably misread: {why}.";
        }
        if (SalaryReading.InProfileCurrency(money, profile) is not { } annual)
        {
            return $"Salary in {money.Currency}; add `profile.exchangeRates.{money.Currency}` to compare it with your profile currency ({profile.Currency.Value}).";
        }
        var text = new StringBuilder($"**{SalaryReading.Format(annual.Minimum, annual.Currency)} – {SalaryReading.Format(annual.Maximum, annual.Currency)}** a year ({annual.Currency})");
        text.Append($"\n\nRead as: salary {SalaryReading.Describe(annual)}.");
        if (profile.MinimumSalary is { } minimum)
        {
            text.Append($"\n\nYour minimum: {SalaryReading.Format(minimum.Value, annual.Currency)} ({SourceLink(minimum.Source)}). ");
            text.Append(Gap.Describe(annual, minimum.Value));
        }
        return text.ToString();
    }
}
