using System.Text;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;

namespace DossierLsp.Core.Language;

/// <summary>Code actions and commands that edit the document.</summary>
internal static class EditProvider
{
    /// <summary>The status value that "Mark as applied today" sets.</summary>
    public const string AppliedStatus = "APPLIED";

    public static IReadOnlyList<CodeFix> CodeActions(DocumentAnalysis analysis, TextSpan range, DateOnly today)
    {
        if (analysis.Bound is null)
        {
            return [];
        }
        var actions = analysis.Findings
            .Where(f => f.Span.Intersects(range))
            .SelectMany(f => f.Fixes)
            .ToList();
        if (SetStatus(analysis, AppliedStatus, today) is { } applied && StatusOf(analysis) is not AppliedStatus)
        {
            actions.Add(applied with { Title = "Mark as applied today", Kind = FixKind.Source, IsPreferred = false });
        }
        return actions;
    }

    public static string? StatusOf(DocumentAnalysis analysis) => analysis.Bound?.FieldWithRole(FieldRole.Status)?.Value is { Length: > 0 } status ? status : null;

    public static CodeFix? SetStatus(DocumentAnalysis analysis, string status, DateOnly today)
    {
        if (analysis.Bound is not { } document || document.Schema.FieldWithRole(FieldRole.Status) is not { } statusSpec)
        {
            return null;
        }
        if (statusSpec.EnumName is { } name && document.Schema.Enums.TryGetValue(name, out EnumSpec? enumSpec))
        {
            if (enumSpec.Find(status, ignoreCase: true) is not { } value)
            {
                return null;
            }
            status = value.Value;
        }
        var edits = new List<TextEdit>();
        if (document.Field(statusSpec) is { } field)
        {
            edits.Add(DocumentEdits.ReplaceValue(field, status));
        }
        else if (DocumentEdits.InsertField(document, statusSpec, status) is { } insert)
        {
            edits.Add(insert);
        }
        else
        {
            return null;
        }

        // Fields that the new status makes required (built-in: Application Date) get today's date.
        string todayText = DocumentDates.Today(document, today);
        foreach (FieldSpec dependent in document.Schema.Fields)
        {
            if (dependent is not { Type: FieldType.Date, RequiredWhen: { } condition } || !statusSpec.Matches(condition.FieldKey)
                || !Conditions.Holds(document.Schema, condition, status))
            {
                continue;
            }
            FieldEntry? existing = document.Field(dependent);
            if (existing is null && DocumentEdits.InsertField(document, dependent, todayText) is { } insertDate)
            {
                edits.Add(insertDate);
            }
            else if (existing is not null && (existing.IsEmpty || dependent.IsPlaceholder(existing.Text)))
            {
                edits.Add(DocumentEdits.ReplaceValue(existing, todayText));
            }
        }
        return new CodeFix($"Set status to {status}", MergeInsertsAtSameOffset(edits));
    }

    /// <summary>Two inserts at one offset would be applied in an unspecified order by a client; join them.</summary>
    private static IReadOnlyList<TextEdit> MergeInsertsAtSameOffset(List<TextEdit> edits) =>
        edits.GroupBy(e => (e.Span.Start, e.Span.IsEmpty))
            .Select(g => g.Key.IsEmpty ? new TextEdit(g.First().Span, string.Concat(g.Select(e => e.NewText))) : g.First())
            .OrderBy(e => e.Span.Start)
            .ToArray();

    public static string NewDossier(DossierSchema schema, string company, string position, DateOnly today)
    {
        const string nl = "\n";
        var text = new StringBuilder();
        string title = schema.Title?.Example ?? "<Company> - <Position>";
        title = title.Replace("<Company>", company, StringComparison.OrdinalIgnoreCase).Replace("<Position>", position, StringComparison.OrdinalIgnoreCase);
        text.Append("# ").Append(title).Append(nl);
        foreach (SectionSpec section in schema.Sections.Where(s => s.Requirement != Requirement.Optional))
        {
            text.Append(nl).Append("## ").Append(section.Heading).Append(nl);
            if (section.Matches(schema.FieldsSection))
            {
                foreach (FieldSpec field in schema.Fields)
                {
                    text.Append(DocumentEdits.FieldLine(field.Key, InitialValue(schema, field, company, position, today)).TrimEnd()).Append(nl);
                }
            }
            else if (!string.IsNullOrWhiteSpace(section.Template))
            {
                text.Append(section.Template.Replace("\r\n", "\n").TrimEnd('\n')).Append(nl);
            }
        }
        return text.ToString();
    }

    private static string InitialValue(DossierSchema schema, FieldSpec field, string company, string position, DateOnly today) => field.Role switch
    {
        FieldRole.Company => company,
        FieldRole.Position => position,
        FieldRole.Status when field.EnumName is { } name && schema.Enums.TryGetValue(name, out EnumSpec? e) && e.Values.Count > 0 => e.Values[0].Value,
        FieldRole.PostingDate => today.ToString("yyyy-MM-dd"),
        _ => field.Placeholders.FirstOrDefault() ?? "",
    };
}
