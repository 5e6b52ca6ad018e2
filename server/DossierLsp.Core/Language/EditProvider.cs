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
        if (IsBeforeApplied(analysis) && SetStatus(analysis, AppliedStatus, today) is { } applied)
        {
            actions.Add(applied with { Title = "Mark as applied today", Kind = FixKind.Source, IsPreferred = false });
        }
        return actions;
    }

    /// <summary>
    /// "Mark as applied" must never move an application back (an OFFER to APPLIED): only a status before APPLIED
    /// in the lifecycle, an empty one, or one that is no status at all (nothing to move back from) qualifies.
    /// </summary>
    private static bool IsBeforeApplied(DocumentAnalysis analysis)
    {
        if (StatusOf(analysis) is not { } status)
        {
            return true;
        }
        EnumSpec? statuses = analysis.Bound!.Schema.FieldWithRole(FieldRole.Status) is { EnumName: { } name }
            && analysis.Bound.Schema.Enums.TryGetValue(name, out EnumSpec? found) ? found : null;
        string read = statuses?.Read(Values.VisibleText.Of(status))?.Value.Value ?? status;
        int current = statuses?.IndexOf(read) ?? -1, applied = statuses?.IndexOf(AppliedStatus) ?? -1;
        return applied >= 0 && current < applied;
    }

    public static string? StatusOf(DocumentAnalysis analysis) => analysis.Bound?.FieldWithRole(FieldRole.Status)?.Value is { Length: > 0 } status ? status : null;

    public static CodeFix? SetStatus(DocumentAnalysis analysis, string status, DateOnly today)
    {
        if (analysis.Bound is not { } document || document.Schema.FieldWithRole(FieldRole.Status) is not { } statusSpec)
        {
            return null;
        }
        if (document.Schema.EnumOf(statusSpec) is { } enumSpec)
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
}
