using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DossierLsp.Core.Report;

namespace DossierLsp.Core.Tests.Report;

public sealed class RendererTests
{
    private static readonly ReportOptions Plain = new(false, new DateTimeOffset(2024, 6, 1, 9, 30, 0, TimeSpan.FromHours(2)));
    private static readonly ReportOptions Redacted = Plain with { Redact = true };

    [Fact]
    public void Every_format_shows_the_same_numbers()
    {
        PipelineReport report = ReportBuilderTests.Build();
        string text = TextReport.Render(report, Plain), md = MarkdownReport.Render(report, Plain), html = HtmlReport.Render(report, Plain);
        Assert.Contains("  screening        3   50% of the stage before", text);
        Assert.Contains("| screening | 3 | 50% |", md);
        Assert.Contains("data-stage=\"screening\" data-count=\"3\"", html);
        foreach (string output in new[] { text, md, html })
        {
            Assert.Contains("4 of 6 applications answered (67%); median 4 days to the first answer (over 3)", output);
            Assert.Contains("$180k", output);
        }
    }

    [Fact]
    public void Json_holds_the_documented_fields()
    {
        using JsonDocument json = JsonDocument.Parse(JsonReport.Render(ReportBuilderTests.Build(), Plain));
        JsonElement root = json.RootElement;
        Assert.Equal(
            ["version", "today", "dossiers", "currency", "minimumSalary", "byStatus", "funnel", "applicationsPerWeek", "responses", "salaries", "needsYou", "followUps"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal(180000, root.GetProperty("minimumSalary").GetProperty("amount").GetDecimal());
        Assert.Equal(0.6667, root.GetProperty("responses").GetProperty("rate").GetDouble());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("funnel")[0].GetProperty("conversion").ValueKind);
        Assert.Equal(3, root.GetProperty("salaries").GetArrayLength());
        Assert.Equal("b.md", root.GetProperty("needsYou").GetProperty("followUpsDue")[0].GetProperty("file").GetString());
        Assert.Equal("2024-05-17", root.GetProperty("followUps")[0].GetProperty("due").GetString());
    }

    [Fact]
    public void Redacting_replaces_the_minimum_everywhere()
    {
        PipelineReport report = ReportBuilderTests.Build("profile:\n  minimumSalary: 183456\n");
        foreach (string output in new[] { TextReport.Render(report, Redacted), MarkdownReport.Render(report, Redacted), HtmlReport.Render(report, Redacted), JsonReport.Render(report, Redacted) })
        {
            Assert.Contains("your minimum", output);
            Assert.DoesNotContain("183", output);
        }
        using JsonDocument json = JsonDocument.Parse(JsonReport.Render(report, Redacted));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("minimumSalary").GetProperty("amount").ValueKind);
    }

    [Fact]
    public void Html_is_one_self_contained_page_with_a_bar_per_salary_and_text_alternatives()
    {
        string html = HtmlReport.Render(ReportBuilderTests.Build(), Plain with { StyleNonce = "abc" });
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotMatch(@"\b(?:src|href)=", html);
        Assert.Equal(["http://www.w3.org/2000/svg"], Regex.Matches(html, @"https?://[^""\s]+").Select(m => m.Value).Distinct());
        Assert.Contains("@media (prefers-color-scheme: dark)", html);
        Assert.Contains("<style nonce=\"abc\">", html);
        Assert.Equal(3, Regex.Count(html, "<rect class=\"salary-bar"));
        Assert.Equal(1, Regex.Count(html, "class=\"minimum-line\""));
        foreach (Match svg in Regex.Matches(html, "<svg [^>]*aria-labelledby=\"(?<title>[\\w-]+) (?<desc>[\\w-]+)\""))
        {
            Assert.Contains($"<title id=\"{svg.Groups["title"].Value}\">", html);
            Assert.Contains($"<desc id=\"{svg.Groups["desc"].Value}\">", html);
        }
        Assert.Equal(3, Regex.Count(html, "<svg "));
        Assert.Equal(3, Regex.Count(html, "<details>"));
    }

    [Fact]
    public void Html_escapes_what_dossiers_say()
    {
        var files = new Dictionary<string, string> { ["x.md"] = Support.Corpus.Dossier("<script>alert(1)</script> & Co", "\"Engineer\"") };
        var index = Support.Corpus.Index(files);
        string html = HtmlReport.Render(ReportBuilder.Build(index, [], Support.Dossiers.Today, p => p), Plain);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co", html);
    }

    [Fact]
    public void Ics_follows_rfc_5545()
    {
        string ics = IcsReport.Render(ReportBuilderTests.Build(), Plain);
        // 3.1: every line ends with CRLF; no bare LF or CR.
        Assert.EndsWith("\r\n", ics);
        Assert.DoesNotMatch("[^\r]\n|\r[^\n]", ics);
        string[] lines = ics[..^2].Split("\r\n");
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"longer than 75 octets: {line}"));
        Assert.Equal(["BEGIN:VCALENDAR", "VERSION:2.0"], lines[..2]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        string unfolded = ics.Replace("\r\n ", "");
        string[] events = unfolded.Split("BEGIN:VEVENT\r\n").Skip(1).ToArray();
        Assert.Equal(4, events.Length);
        Assert.All(events, e =>
        {
            Assert.Matches(@"(?m)^UID:[0-9a-f]{32}@dossier-report\r$", e);
            Assert.Contains("DTSTAMP:20240601T073000Z\r\n", e);
            Assert.Matches(@"(?m)^DTSTART;VALUE=DATE:\d{8}\r$", e);
        });
        // Overdue follow-ups go on today; later ones on their day.
        Assert.Contains("DTSTART;VALUE=DATE:20240601\r\nDTEND;VALUE=DATE:20240602\r\nSUMMARY:Follow up: Beta – Engineer\r\n", unfolded);
        Assert.Contains("DTSTART;VALUE=DATE:20240603\r\n", unfolded);
        Assert.Equal(4, Regex.Matches(unfolded, "(?m)^UID:(.+)\r$").Select(m => m.Value).Distinct().Count());
    }

    [Theory]
    [InlineData("a;b,c\\d\ne", "a\\;b\\,c\\\\d\\ne")]
    [InlineData("plain", "plain")]
    public void Ics_text_values_are_escaped(string value, string escaped) => Assert.Equal(escaped, IcsWriter.EscapeText(value));

    [Fact]
    public void Ics_folds_long_lines_without_splitting_a_character()
    {
        var writer = new IcsWriter();
        string summary = string.Concat(Enumerable.Repeat("Zürich–日本 ", 20));
        writer.Text("SUMMARY", summary);
        string folded = writer.ToString();
        string[] lines = folded[..^2].Split("\r\n");
        Assert.True(lines.Length > 2);
        Assert.All(lines, line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 1, 75));
        Assert.All(lines.Skip(1), line => Assert.StartsWith(" ", line));
        Assert.Equal($"SUMMARY:{summary}\r\n", folded.Replace("\r\n ", ""));
    }
}
