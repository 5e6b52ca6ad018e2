// dossier-profile CORPUS_DIR [passes]
// Runs lint's work over every .md file under CORPUS_DIR on ONE thread, timing each phase with a Stopwatch, so the
// figures add up to CPU time per file: enumerate, read and decode as lint does, line index, Markdig parse, bind, each rule, sort,
// formatting the text output and the summary kept for the cross-dossier rules, with the bytes each phase allocates
// (GC.GetAllocatedBytesForCurrentThread, so allocation volume, not live memory). The first pass warms the JIT and is not reported.
using System.Diagnostics;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Document;
using DossierLsp.Core.Pipeline;
using DossierLsp.Core.Rules;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;
using DossierLsp.Server.Hosting;

string root = Path.GetFullPath(args.Length > 0 ? args[0] : ".");
int passes = args.Length > 1 ? int.Parse(args[1]) : 3;
var total = Stopwatch.StartNew();

// Built once, so that making the key does not count as the rule's allocation.
var ruleKeys = RuleCatalog.All.ToDictionary(rule => rule, rule => $"7 rule {rule.Id}");
Dictionary<string, double> last = [];
Dictionary<string, long> lastBytes = [];
for (int pass = 0; pass <= passes; pass++)
{
    var t = new Dictionary<string, double>();
    var bytesOf = new Dictionary<string, long>();
    long allocated = GC.GetAllocatedBytesForCurrentThread();
    // Charges the time since the phase began and the bytes allocated since the previous Add to the phase.
    void Add(string key, long ticks)
    {
        t[key] = t.GetValueOrDefault(key) + ticks * 1000.0 / Stopwatch.Frequency;
        long now = GC.GetAllocatedBytesForCurrentThread();
        bytesOf[key] = bytesOf.GetValueOrDefault(key) + now - allocated;
        allocated = now;
    }
    var workspace = new DossierWorkspace(FileSystemConfigHost.Instance);

    long s = Stopwatch.GetTimestamp();
    string[] files = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
    Add("0 enumerate files", Stopwatch.GetTimestamp() - s);
    var output = new StringWriter();
    foreach (string file in files)
    {
        s = Stopwatch.GetTimestamp();
        string text = BoundedFileReader.ReadDossier(file).Text!;
        long r = Stopwatch.GetTimestamp(); Add("1 read and decode (BoundedFileReader)", r - s);
        s = r;
        var source = new SourceText(text);
        r = Stopwatch.GetTimestamp(); Add("3 line index (SourceText)", r - s);
        var config = workspace.ConfigurationFor(file);
        var schema = workspace.DefaultSchemaFor(file);
        s = Stopwatch.GetTimestamp(); Add("4 config lookup (cached)", s - r);
        DossierDocument document = DossierParser.Parse(source);
        r = Stopwatch.GetTimestamp(); Add("5 parse (Markdig + model)", r - s);
        BoundDocument bound = BoundDocument.Bind(document, schema, config);
        s = Stopwatch.GetTimestamp(); Add("6 bind to schema", s - r);
        var findings = new List<Finding>();
        var today = DateOnly.FromDateTime(DateTime.Now);
        foreach (Rule rule in RuleCatalog.All)
        {
            r = Stopwatch.GetTimestamp();
            rule.Check(new RuleContext(bound, today, rule, rule.DefaultSeverity, findings));
            Add(ruleKeys[rule], Stopwatch.GetTimestamp() - r);
        }
        s = Stopwatch.GetTimestamp();
        var sorted = findings.OrderBy(f => f.Span.Start).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToArray();
        r = Stopwatch.GetTimestamp(); Add("8 sort findings", r - s);
        foreach (Finding f in sorted)
        {
            output.WriteLine(FindingLine.Format(file, source, f));
        }
        s = Stopwatch.GetTimestamp(); Add("9 format output", s - r);
        // The whole analysis as lint runs it, for comparison with the sum of the parts.
        DocumentAnalysis analysis = workspace.Analyze(file, source);
        r = Stopwatch.GetTimestamp(); Add("~ workspace.Analyze (whole)", r - s);
        // What lint keeps of each file for the cross-dossier rules (dated lines, salary, status).
        DossierIndex.Summarize(file, analysis, null);
        s = Stopwatch.GetTimestamp(); Add("9 summary (DossierIndex.Summarize)", s - r);
    }
    t["files"] = files.Length;
    last = t;
    lastBytes = bytesOf;
}

int n = (int)last["files"];
double sum = last.Where(kv => kv.Key[0] is >= '0' and <= '9').Sum(kv => kv.Value);
long bytesSum = lastBytes.Where(kv => kv.Key[0] is >= '0' and <= '9').Sum(kv => kv.Value);
Console.WriteLine($"{n} files, one thread, last of {passes} measured passes (after one warm-up); CPU ms per pass, µs and allocated bytes per file:");
Console.WriteLine($"{"phase",-42} {"ms",9} {"µs/file",9} {"share",7} {"B/file",9}");
foreach (var (key, ms) in last.Where(kv => kv.Key != "files").OrderBy(kv => kv.Key[0]).ThenByDescending(kv => kv.Value))
{
    string share = key.StartsWith('~') ? "" : $"{ms / sum:P1}";
    Console.WriteLine($"{key,-42} {ms,9:F1} {ms * 1000 / n,9:F1} {share,7} {lastBytes[key] / n,9}");
}
Console.WriteLine($"{"sum of phases",-42} {sum,9:F1} {sum * 1000 / n,9:F1} {"",7} {bytesSum / n,9}");
