using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DossierLsp.Core.Report;

/// <summary>The report as JSON, version 1, documented field by field in docs/REPORT.md. Written without reflection.</summary>
public static class JsonReport
{
    public const int Version = 1;

    public static string Render(PipelineReport report, ReportOptions options)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteString("today", ReportFormat.Date(report.Today));
            json.WriteNumber("dossiers", report.Dossiers);
            json.WriteString("currency", report.Currency);
            WriteMinimum(json, report, options);
            WriteArray(json, "byStatus", report.ByStatus, (j, s) => { j.WriteString("status", s.Status); j.WriteNumber("count", s.Count); });
            WriteArray(json, "funnel", report.Funnel, (j, s) =>
            {
                j.WriteString("stage", s.Stage);
                j.WriteNumber("count", s.Count);
                WriteNumberOrNull(j, "conversion", s.ConversionFromPrevious);
            });
            WriteArray(json, "applicationsPerWeek", report.ApplicationsPerWeek, (j, w) => { j.WriteString("weekStart", ReportFormat.Date(w.WeekStart)); j.WriteNumber("count", w.Count); });
            json.WriteStartObject("responses");
            json.WriteNumber("applied", report.Funnel[0].Count);
            json.WriteNumber("answered", report.Responses);
            WriteNumberOrNull(json, "rate", report.ResponseRate);
            WriteNumberOrNull(json, "medianDaysToFirstAnswer", report.MedianDaysToFirstResponse);
            json.WriteNumber("timedAnswers", report.ResponseTimes);
            json.WriteEndObject();
            WriteArray(json, "salaries", report.Salaries, (j, b) =>
            {
                j.WriteString("file", b.File);
                j.WriteString("name", b.Name);
                j.WriteNumber("minimum", b.Minimum);
                j.WriteNumber("maximum", b.Maximum);
                // Whether it is below is no secret even redacted: the HTML marks the bar either way.
                if (b.YourMinimum is null)
                {
                    j.WriteNull("belowMinimum");
                }
                else
                {
                    j.WriteBoolean("belowMinimum", b.IsBelowMinimum);
                }
            });
            json.WriteStartObject("needsYou");
            WriteItems(json, "followUpsDue", report.FollowUpsDue);
            WriteItems(json, "stale", report.Stale);
            WriteItems(json, "withErrors", report.WithErrors);
            WriteItems(json, "duplicates", report.Duplicates);
            json.WriteEndObject();
            WriteArray(json, "followUps", report.FollowUps, (j, r) =>
            {
                j.WriteString("file", r.File);
                j.WriteString("name", r.Name);
                j.WriteString("status", r.Status);
                j.WriteString("since", ReportFormat.Date(r.Since));
                j.WriteString("due", ReportFormat.Date(r.DueOn));
            });
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteMinimum(Utf8JsonWriter json, PipelineReport report, ReportOptions options)
    {
        if (report.MinimumSalary is not { } minimum)
        {
            json.WriteNull("minimumSalary");
            return;
        }
        json.WriteStartObject("minimumSalary");
        if (options.Redact)
        {
            json.WriteNull("amount");
        }
        else
        {
            json.WriteNumber("amount", minimum);
        }
        json.WriteString("label", ReportFormat.Minimum(report, options));
        json.WriteEndObject();
    }

    private static void WriteItems(Utf8JsonWriter json, string name, IReadOnlyList<NeedsYouItem> items) =>
        WriteArray(json, name, items, (j, i) => { j.WriteString("file", i.File); j.WriteString("name", i.Name); j.WriteString("reason", i.Reason); });

    private static void WriteArray<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (T item in items)
        {
            json.WriteStartObject();
            write(json, item);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, Math.Round(number, 4));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
