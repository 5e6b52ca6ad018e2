using System.Text.Json;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Rules;
using DossierLsp.Server;

namespace DossierLsp.Cli.Output;

/// <summary>
/// SARIF 2.1.0: one run whose driver lists every rule, results with 1-based UTF-16 regions relative to
/// <c>%SRCROOT%</c> (the working folder) and GitHub's <c>primaryLocationLineHash</c>. No <c>security-severity</c>:
/// these are not security findings.
/// </summary>
internal sealed class SarifFormatter : IReportFormatter
{
    private const string SourceRoot = "%SRCROOT%";

    public void Write(LintReport report, TextWriter output) => JsonOutput.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json);
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRoot);
        json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(Directory.GetCurrentDirectory()) + "/").AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndObject();
        WriteResults(json, report);
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void WriteTool(Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "dossier");
        json.WriteString("version", LanguageServer.Version);
        json.WriteString("semanticVersion", LanguageServer.Version);
        json.WriteString("informationUri", RuleDocs.ProjectHome);
        json.WriteStartArray("rules");
        foreach (RuleDescriptor rule in RuleDescriptor.All)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", Name(rule.Id));
            Text(json, "shortDescription", rule.Summary);
            Text(json, "fullDescription", rule.Description);
            json.WriteStartObject("help");
            json.WriteString("text", rule.Help);
            json.WriteString("markdown", rule.Help);
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Level));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResults(Utf8JsonWriter json, LintReport report)
    {
        var hashes = Fingerprints.LineHashes(report.Rows);
        var index = RuleDescriptor.All.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        json.WriteStartArray("results");
        foreach (ReportRow row in report.Rows)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", row.Rule);
            if (index.TryGetValue(row.Rule, out int ruleIndex))
            {
                json.WriteNumber("ruleIndex", ruleIndex);
            }
            json.WriteString("level", Level(row.Severity));
            Text(json, "message", Sentence(row.Message));
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            WriteUri(json, row.File);
            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", row.Start.Line + 1);
            json.WriteNumber("startColumn", row.Start.Character + 1);
            json.WriteNumber("endLine", row.End.Line + 1);
            json.WriteNumber("endColumn", row.End.Character + 1);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartObject("partialFingerprints");
            json.WriteString("primaryLocationLineHash", hashes[row]);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>A path under the working folder is relative to %SRCROOT%; any other is an absolute file URI.</summary>
    private static void WriteUri(Utf8JsonWriter json, string displayPath)
    {
        if (Path.IsPathRooted(displayPath))
        {
            json.WriteString("uri", new Uri(displayPath).AbsoluteUri);
            return;
        }
        string relative = string.Join('/', displayPath.Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString));
        json.WriteString("uri", relative);
        json.WriteString("uriBaseId", SourceRoot);
    }

    private static void Text(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    // SARIF asks for messages that are whole sentences.
    private static string Sentence(string message) => message.EndsWith('.') ? message : message + ".";

    /// <summary>"enum-invalid" → "EnumInvalid": SARIF's rule name is an identifier-like friendly name.</summary>
    private static string Name(string id) =>
        string.Concat(id.Split('-').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
}
