using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DossierLsp.Core.Report;

/// <summary>
/// The follow-ups as an iCalendar file (RFC 5545) to import into a calendar: one all-day event per application in
/// progress, on the day its follow-up falls due (today, when that day has passed). Written by hand: Ical.Net 5.2.4
/// uses reflection that NativeAOT trimming breaks (IL2072, IL2075, IL2087).
/// </summary>
public static class IcsReport
{
    public static string Render(PipelineReport report, ReportOptions options)
    {
        var ics = new IcsWriter();
        ics.Raw("BEGIN", "VCALENDAR");
        ics.Raw("VERSION", "2.0");
        ics.Text("PRODID", "-//DossierLsp//dossier report//EN");
        ics.Raw("CALSCALE", "GREGORIAN");
        ics.Raw("METHOD", "PUBLISH");
        ics.Text("X-WR-CALNAME", "Job search follow-ups");
        string stamp = options.Stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (FollowUp followUp in report.FollowUps)
        {
            DateOnly day = followUp.DueOn < report.Today ? report.Today : followUp.DueOn;
            ics.Raw("BEGIN", "VEVENT");
            ics.Raw("UID", Uid(followUp));
            ics.Raw("DTSTAMP", stamp);
            ics.Raw("DTSTART;VALUE=DATE", Date(day));
            ics.Raw("DTEND;VALUE=DATE", Date(day.AddDays(1)));
            ics.Text("SUMMARY", $"Follow up: {followUp.Name}");
            ics.Text("DESCRIPTION", $"{followUp.Status}, last news {ReportFormat.Date(followUp.Since)}, follow-up due {ReportFormat.Date(followUp.DueOn)}.\n{followUp.File}");
            ics.Raw("TRANSP", "TRANSPARENT");
            ics.Raw("END", "VEVENT");
        }
        ics.Raw("END", "VCALENDAR");
        return ics.ToString();
    }

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    // Stable for the same dossier and the same last news, so importing a newer report updates an entry instead of
    // adding a second one, and a follow-up after new news is a new entry.
    private static string Uid(FollowUp followUp)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{followUp.File}\n{ReportFormat.Date(followUp.Since)}"));
        return $"{Convert.ToHexStringLower(hash, 0, 16)}@dossier-report";
    }
}
