using System.Globalization;
using System.Xml;
using DossierLsp.Core.Analysis;

namespace DossierLsp.Cli.Output;

/// <summary>
/// JUnit XML for CI systems that show test reports: one testcase per file, one failure per error or warning (infos in
/// the testcase's output), skipped files as skipped testcases.
/// </summary>
internal sealed class JunitFormatter : IReportFormatter
{
    public void Write(LintReport report, TextWriter output)
    {
        var byFile = report.Rows.ToLookup(r => r.File, StringComparer.Ordinal);
        int failures = report.Rows.Count(IsFailure);
        string time = report.Elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "dossier lint");
        xml.WriteAttributeString("tests", report.Files.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("time", time);
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", "dossier lint");
        xml.WriteAttributeString("tests", report.Files.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", report.Skipped.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("time", time);
        foreach (FileResult file in report.Files)
        {
            WriteTestCase(xml, file, byFile[file.Target.DisplayPath].ToArray());
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        output.WriteLine();
    }

    private static void WriteTestCase(XmlWriter xml, FileResult file, ReportRow[] rows)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", "dossier");
        xml.WriteAttributeString("name", file.Target.DisplayPath);
        xml.WriteAttributeString("file", file.Target.DisplayPath);
        if (!file.Linted)
        {
            xml.WriteStartElement("skipped");
            xml.WriteAttributeString("message", file.Reason);
            xml.WriteEndElement();
        }
        foreach (ReportRow row in rows.Where(IsFailure))
        {
            xml.WriteStartElement("failure");
            xml.WriteAttributeString("message", $"{row.Rule}: {row.Message}");
            xml.WriteAttributeString("type", row.Severity.Name());
            xml.WriteString(Line(row));
            xml.WriteEndElement();
        }
        if (rows.Where(r => !IsFailure(r)).Select(Line).ToArray() is { Length: > 0 } infos)
        {
            xml.WriteElementString("system-out", string.Join("\n", infos));
        }
        xml.WriteEndElement();
    }

    private static bool IsFailure(ReportRow row) => row.Severity != Severity.Info;

    private static string Line(ReportRow row) => FindingLine.Format(row.File, row.Start, row.Severity, row.Rule, row.Message);
}
