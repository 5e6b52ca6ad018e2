using DossierLsp.Core.Analysis;
using DossierLsp.Core.Document;
using DossierLsp.Core.Rules;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;
using DossierLsp.Core.Values;

namespace DossierLsp.Core.Pipeline;

/// <summary>Reads a <see cref="DossierSummary"/> (or only its <see cref="DossierIdentity"/>) from a bound document and its findings, keeping none of the text.</summary>
internal static class DossierSummaryReader
{
    // A dated line's date ends at the first colon ("2024-05-10: called"); longer prefixes are not a date.
    private const int MaxDatePrefix = 40;

    public static DossierSummary Read(string path, BoundDocument document, IReadOnlyList<Finding> findings, DateOnly? lastModified)
    {
        var (status, statusOrder) = ReadStatus(document);
        (FieldEntry Field, MoneyParseResult Money)? salary = SalaryReading.Read(document);
        return new DossierSummary
        {
            Identity = ReadIdentity(path, document),
            Title = document.Document.Title?.Text,
            Status = status,
            StatusOrder = statusOrder,
            PostingDate = Date(document, FieldRole.PostingDate),
            ApplicationDate = Date(document, FieldRole.ApplicationDate),
            DatedLines = DatedLines(document),
            LastModified = lastModified,
            SalaryValue = salary?.Money,
            Salary = document.AnnualSalary,
            Errors = Count(findings, Severity.Error),
            Warnings = Count(findings, Severity.Warning),
            Infos = Count(findings, Severity.Info),
        };
    }

    public static DossierIdentity ReadIdentity(string path, BoundDocument document)
    {
        FieldEntry? jobId = Value(document, FieldRole.JobId);
        SummaryLocation? titleLocation = document.Document.Title is { } title ? Locate(document.Document.Source, title.TextSpan) : null;
        SummaryLocation? jobIdLocation = jobId is null ? null : Locate(document.Document.Source, jobId.ValueSpan);
        return new DossierIdentity
        {
            Path = path,
            Company = Value(document, FieldRole.Company)?.Value,
            Position = Value(document, FieldRole.Position)?.Value,
            JobId = jobId?.Value,
            TitleLocation = titleLocation,
            JobIdLocation = jobIdLocation,
            SuppressedCrossRules = SuppressedCrossRules(document, titleLocation, jobIdLocation),
            Config = document.Config,
        };
    }

    private static int Count(IReadOnlyList<Finding> findings, Severity severity)
    {
        int count = 0;
        for (int i = 0; i < findings.Count; i++)
        {
            count += findings[i].Severity == severity ? 1 : 0;
        }
        return count;
    }

    private static string[] SuppressedCrossRules(BoundDocument document, SummaryLocation? title, SummaryLocation? jobId)
    {
        List<string>? suppressed = null;
        foreach (Rule rule in RuleCatalog.All)
        {
            if (rule is not CrossDossierRule cross)
            {
                continue;
            }
            SummaryLocation? at = cross.Anchor == CrossDossierAnchor.JobId ? jobId ?? title : title;
            if (document.Document.Suppressions.IsSuppressed(cross.Id, at?.Start.Line ?? 0))
            {
                (suppressed ??= []).Add(cross.Id);
            }
        }
        return suppressed is null ? [] : [.. suppressed];
    }

    private static SummaryLocation Locate(SourceText source, TextSpan span) =>
        new(span, source.GetPosition(span.Start), source.GetPosition(span.End));

    /// <summary>The field with the role, when it holds a real value (not empty, not a placeholder).</summary>
    private static FieldEntry? Value(BoundDocument document, FieldRole role) =>
        document.FieldWithRole(role) is { IsEmpty: false } field && field.Spec?.IsPlaceholder(field.Text) != true ? field : null;

    private static DateOnly? Date(BoundDocument document, FieldRole role) =>
        Value(document, role) is { } field && document.DateOf(field) is { Status: DateStatus.Valid } date ? date.Date : null;

    private static (string? Status, int Order) ReadStatus(BoundDocument document)
    {
        if (Value(document, FieldRole.Status) is not { } field)
        {
            return (null, -1);
        }
        string written = field.Text.Trim();
        if (field.Spec?.EnumName is not { } enumName || !document.Schema.Enums.TryGetValue(enumName, out EnumSpec? statuses))
        {
            return (written, -1);
        }
        // As the enum rules read it: "APPLIED (via referral)" is APPLIED, "Phone screen" is SCREENING.
        EnumValueSpec? known = statuses.Read(written)?.Value;
        return known is null ? (written, -1) : (known.Value, statuses.IndexOf(known.Value));
    }

    private static DateOnly[] DatedLines(BoundDocument document)
    {
        var dates = new List<DateOnly>();
        foreach (BoundSection section in document.Sections)
        {
            if (section == document.FieldsSection)
            {
                continue;
            }
            foreach (BulletItem item in section.Section.Items)
            {
                if (MayBeDated(document.Document.Source, item.LineSpan) && LeadingDate(document.Document.Source.ToString(item.LineSpan), document) is { } date)
                {
                    dates.Add(date);
                }
            }
        }
        dates.Sort();
        return dates.ToArray();
    }

    // Every date has a digit, and most bullets (requirements, notes) none; "2+ years of experience with …" starts with a
    // number that begins no date. Neither is even copied out. Emphasis is removed before the date is read
    // ("**2024**-05-10"), so it may follow the leading digits.
    private static bool MayBeDated(SourceText source, TextSpan span)
    {
        ReadOnlySpan<char> line = source.Text.AsSpan(span.Start, span.Length);
        if (!line.ContainsAnyInRange('0', '9'))
        {
            return false;
        }
        ReadOnlySpan<char> text = line.TrimStart("*_ [");
        if (text.IsEmpty || !char.IsAsciiDigit(text[0]))
        {
            return true;
        }
        int end = text.IndexOfAnyExceptInRange('0', '9');
        return end >= 0 && (text[end] is '*' or '_' || DateParser.MayStartNumericDate(text));
    }

    private static DateOnly? LeadingDate(string line, BoundDocument document)
    {
        // "**May 20, 2024** — phone screen": emphasis around the date is not part of it.
        string text = line.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal).TrimStart('*', '_', ' ', '[');
        int colon = text.IndexOf(':');
        string candidate = colon > 0 && colon <= MaxDatePrefix ? text[..colon].TrimEnd('*', '_', ' ', ']') : text;
        // A long line stays a candidate: "2024-05-24 onsite with the team, …" is dated (the parser reads only the start).
        return DateParser.Parse(candidate, document.Config.DateOrder.Value) is { Status: DateStatus.Valid } date ? date.Date : null;
    }
}
