// dossier-pathological [runs] [filter]
// Lints each pathological input of docs/RELIABILITY.md as a dossier (the seed example with the input in its Notes) and
// prints the median wall time of several runs. The bound these inputs must meet is 2 s each on the CI machine.
using System.Diagnostics;
using DossierLsp.Core.Config;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;

int runs = args.Length > 0 ? int.Parse(args[0]) : 3;
string filter = args.Length > 1 ? args[1] : "";
string example = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "example.md"));
string schemaText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "job-dossier.yaml"));

string Notes(string block) => example + "\n## Notes\n\n" + block + "\n";
string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));
string Nested(string marker, int levels) => string.Join("\n", Enumerable.Range(0, levels).Select(i => new string(' ', i * (marker.Length + 1)) + marker + " item"));

var cases = new (string Name, Func<string> Text)[]
{
    ("setext headings x200k", () => Notes(Repeat("a\n=\n", 200_000))),
    ("nested list x2000", () => Notes(Nested("-", 2000))),
    ("nested ordered list x2000", () => Notes(Nested("1.", 2000))),
    ("'- ' x500k on one line", () => Notes(Repeat("- ", 500_000) + "x")),
    ("'1. ' x200 on one line", () => Notes(Repeat("1. ", 200))),
    ("'> ' x2000 on one line", () => Notes(Repeat("> ", 2000))),
    ("e-mail value 160 kB", () => example.Replace("- **Company**:", "- **Contact Email**: " + Repeat("a.", 80_000) + "\n- **Company**:")),
    ("link value 1 MB", () => example.Replace("- **Company**:", "- **Job Posting URL**: [x](" + Repeat("a", 1_000_000) + "\n- **Company**:")),
    ("title 1 MB", () => example.Replace("# Job Application: ", "# Job Application: " + Repeat("x ", 500_000))),
    ("100k unknown fields", () => example.Replace("- **Company**:", Repeat("- **Extra**: x\n", 100_000) + "- **Company**:")),
    ("emphasis x500k", () => Notes(Repeat("*a", 500_000))),
    ("brackets x500k", () => Notes(Repeat("[", 500_000))),
};

foreach (var (name, make) in cases.Where(c => c.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)))
{
    var text = new SourceText(make());
    var times = new List<double>();
    int findings = 0;
    for (int i = 0; i < runs; i++)
    {
        var workspace = new DossierWorkspace(new NoFiles(), () => new DateOnly(2024, 6, 1));
        var watch = Stopwatch.StartNew();
        findings = workspace.Analyze("/w/d.md", text, explicitlyNamed: true).Findings.Count;
        times.Add(watch.Elapsed.TotalMilliseconds);
    }
    Console.WriteLine($"{name,-28} {text.Length,10:N0} chars  median {times.Order().ElementAt(times.Count / 2),8:F0} ms  {findings} findings");
}

foreach (int fields in new[] { 10_000, 20_000 })
{
    string big = schemaText.Replace("fields:\n", "fields:\n" + string.Concat(Enumerable.Range(0, fields).Select(i => $"  - key: Extra Field {i}\n    type: text\n")));
    var watch = Stopwatch.StartNew();
    SchemaLoadResult result = SchemaLoader.Load(big, "/w/big.yaml");
    Console.WriteLine($"{"schema with " + fields + " fields",-28} {big.Length,10:N0} chars  {watch.Elapsed.TotalMilliseconds,8:F0} ms  {result.Errors.Count} errors");
}

internal sealed class NoFiles : IConfigHost
{
    public string? ReadAllText(string path) => null;

    public string? GetEnvironmentVariable(string name) => null;

    public string? HomeDirectory => null;
}
