using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace DossierLsp.Cli.Tests;

/// <summary>
/// --format sarif: the shape GitHub code scanning needs, checked by the final SARIF 2.1.0 JSON Schema (JsonSchema.Net;
/// vendored from the Multitool's package, Sarif/README.md) and by Microsoft's SARIF Multitool with GitHub's ingestion rules. .ci/run installs the Multitool into a cache folder;
/// elsewhere SARIF_MULTITOOL names the binary, or that test is skipped with the reason.
/// </summary>
[Collection(PublishedDossierCollection.Name)]
public sealed class SarifTests(PublishedDossier dossier) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-sarif-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Lint()
    {
        File.WriteAllText(Path.Combine(_folder, "dossier.config.yaml"), "profile:\n  minimumSalary: 300000\n");
        Directory.CreateDirectory(Path.Combine(_folder, "jobs"));
        File.WriteAllText(Path.Combine(_folder, "jobs", "a b.md"), "# Job Application: A - B\n\n## Job Details\n- **Company**: A\n- **Position**: B\n- **Application Status**: APPLID\n- **Salary Range**: $100,000 - $120,000\n- **Salry**: x\n");
        File.WriteAllBytes(Path.Combine(_folder, "latin1.md"), [.. "# Job Application: Caf"u8, 0xE9, .. " - B\n"u8]);
        var result = dossier.Dossier(_folder, "lint", "--format", "sarif");
        Assert.Equal(1, result.ExitCode);
        return result.Stdout;
    }

    [Fact]
    public void Sarif_has_one_run_every_rule_and_located_results()
    {
        using var sarif = JsonDocument.Parse(Lint());
        JsonElement run = Assert.Single(sarif.RootElement.GetProperty("runs").EnumerateArray());
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        JsonElement driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("dossier", driver.GetProperty("name").GetString());
        Assert.Equal(dossier.Dossier(_folder, "--version").Stdout.Trim(), driver.GetProperty("version").GetString());
        Assert.StartsWith("https://", driver.GetProperty("informationUri").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        string[] listed = dossier.Dossier(_folder, "rules").Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0]).ToArray();
        Assert.All(listed, id => Assert.Contains(id, rules.Keys));
        JsonElement enumInvalid = rules["enum-invalid"];
        Assert.EndsWith("docs/RULES.md#enum-invalid", enumInvalid.GetProperty("helpUri").GetString());
        Assert.Equal("error", enumInvalid.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        foreach (string part in new[] { "shortDescription", "fullDescription", "help" })
        {
            Assert.NotEmpty(enumInvalid.GetProperty(part).GetProperty("text").GetString()!);
        }
        Assert.DoesNotContain("security-severity", sarif.RootElement.GetRawText());

        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
        Assert.EndsWith("/", run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
        var results = run.GetProperty("results").EnumerateArray().ToArray();
        JsonElement invalid = results.Single(r => r.GetProperty("ruleId").GetString() == "enum-invalid");
        Assert.Equal("error", invalid.GetProperty("level").GetString());
        JsonElement location = Assert.Single(invalid.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.Equal("jobs/a%20b.md", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(6, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(27, location.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal(33, location.GetProperty("region").GetProperty("endColumn").GetInt32());
        Assert.Matches("^[0-9a-f]{16}:1$", invalid.GetProperty("partialFingerprints").GetProperty("primaryLocationLineHash").GetString());
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "file-unreadable" && r.GetProperty("ruleIndex").GetInt32() >= 0);
        Assert.Contains(results, r => r.GetProperty("level").GetString() == "warning");
    }

    [Fact]
    public void Sarif_is_valid_against_the_SARIF_2_1_0_json_schema()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(VendoredSchema));
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List };
        EvaluationResults results = schema.Evaluate(JsonDocument.Parse(Lint()).RootElement, options);
        string errors = string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
        Assert.True(results.IsValid, errors);

        // The schema is really checking: a result without a message is refused.
        var broken = JsonNode.Parse(Lint())!;
        broken["runs"]![0]!["results"]![0]!.AsObject().Remove("message");
        Assert.False(schema.Evaluate(JsonDocument.Parse(broken.ToJsonString()).RootElement, options).IsValid);
    }

    /// <summary>Sarif/README.md: the final SARIF 2.1.0 schema as the Multitool's npm package ships it.</summary>
    private static readonly string VendoredSchema = Path.Combine(AppContext.BaseDirectory, "Sarif", "sarif-2.1.0.json");

    [SkippableFact]
    public void The_vendored_schema_is_the_one_the_installed_multitool_ships()
    {
        string? shipped = Multitool() is { } multitool ? Path.Combine(Path.GetDirectoryName(multitool)!, "sarif-2.1.0.json") : null;
        Skip.If(shipped is null || !File.Exists(shipped), $"{MultitoolMissing}, or it is not the npm package, which has sarif-2.1.0.json beside the binary");
        Assert.Equal(File.ReadAllBytes(shipped!), File.ReadAllBytes(VendoredSchema));
    }

    [SkippableFact]
    public void Sarif_passes_the_sarif_multitool_with_github_rules()
    {
        string? multitool = Multitool();
        Skip.If(multitool is null, MultitoolMissing);
        string log = Path.Combine(_folder, "dossier.sarif");
        File.WriteAllText(log, Lint());
        string output = Path.Combine(_folder, "validation.sarif");
        var run = PublishedDossier.Run(multitool!, ["validate", log, "--rule-kind", "Sarif;Ghas", "-o", output], _folder);
        Assert.True(File.Exists(output), $"the multitool wrote no result (exit {run.ExitCode}):\n{run.Stdout}\n{run.Stderr}");
        using var validation = JsonDocument.Parse(File.ReadAllText(output));
        var problems = validation.RootElement.GetProperty("runs").EnumerateArray()
            .SelectMany(r => r.TryGetProperty("results", out var results) ? results.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Where(r => r.TryGetProperty("level", out var level) && level.GetString() is "error" or "warning")
            .Select(r => $"{r.GetProperty("ruleId").GetString()}: {r.GetProperty("message").GetRawText()}")
            .ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems));
    }

    private const string MultitoolMissing = "Sarif.Multitool is not installed (.ci/run installs npm @microsoft/sarif-multitool-linux; or set SARIF_MULTITOOL)";

    private static string? Multitool() =>
        (Environment.GetEnvironmentVariable("SARIF_MULTITOOL") is { Length: > 0 } named ? named : DefaultMultitool()) is { } path && File.Exists(path) ? path : null;

    private static string? DefaultMultitool()
    {
        string cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        string path = Path.Combine(cache, "dossier-ci", "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");
        return File.Exists(path) ? path : null;
    }
}
