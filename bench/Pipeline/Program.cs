// dossier-pipeline-bench CORPUS_DIR [runs]
// Builds the workspace index of every .md file under CORPUS_DIR as the server would (read, analyse and summarise in
// parallel, then one snapshot), runs the cross-dossier rules, builds the report and renders it as HTML and JSON.
// Prints the median of RUNS runs (after one warm-up) per phase, in milliseconds, and the managed memory the
// summaries and the index hold (measured after a full collection, with every document's analysis dropped).
using System.Diagnostics;
using System.Text;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Pipeline;
using DossierLsp.Core.Report;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;
using DossierLsp.Server.Hosting;

string root = Path.GetFullPath(args.Length > 0 ? args[0] : ".");
int runs = args.Length > 1 ? int.Parse(args[1]) : 5;
var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
string[] files = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
var today = new DateOnly(2024, 6, 1);
var timings = new Dictionary<string, List<double>>();
long indexBytes = 0;

for (int run = 0; run <= runs; run++)
{
    var workspace = new DossierWorkspace(FileSystemConfigHost.Instance, () => today);
    long before = GC.GetTotalMemory(forceFullCollection: true);
    long start = Stopwatch.GetTimestamp();
    var summaries = new DossierSummary?[files.Length];
    Parallel.For(0, files.Length, i =>
    {
        string text = strict.GetString(File.ReadAllBytes(files[i]));
        DocumentAnalysis analysis = workspace.Analyze(files[i], new SourceText(text));
        summaries[i] = DossierIndex.Summarize(files[i], analysis, DateOnly.FromDateTime(File.GetLastWriteTime(files[i])));
    });
    long analysed = Stopwatch.GetTimestamp();
    DossierIndex index = DossierIndex.Empty.With(summaries.OfType<DossierSummary>());
    long built = Stopwatch.GetTimestamp();
    indexBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
    long afterGc = Stopwatch.GetTimestamp();
    var cross = CrossDossierAnalyzer.Analyze(index.Dossiers);
    long crossed = Stopwatch.GetTimestamp();
    PipelineReport report = ReportBuilder.Build(index, cross, today, p => Path.GetRelativePath(root, p));
    long reported = Stopwatch.GetTimestamp();
    var options = new ReportOptions(false, DateTimeOffset.UtcNow);
    int length = HtmlReport.Render(report, options).Length + JsonReport.Render(report, options).Length;
    long rendered = Stopwatch.GetTimestamp();
    // One file changed: replace its summary in a new snapshot.
    DossierIndex updated = index.With(summaries.OfType<DossierSummary>().First() with { Errors = 1 });
    long updatedAt = Stopwatch.GetTimestamp();
    if (run == 0 || length == 0 || updated.Count != index.Count)
    {
        continue;
    }
    void Add(string phase, long from, long to) =>
        (timings.TryGetValue(phase, out var list) ? list : timings[phase] = []).Add((to - from) * 1000.0 / Stopwatch.Frequency);
    Add("read + analyse + summarise (parallel)", start, analysed);
    Add("snapshot of all summaries", analysed, built);
    Add("index built (the two above)", start, built);
    Add("cross-dossier rules", afterGc, crossed);
    Add("report model", crossed, reported);
    Add("render html + json", reported, rendered);
    Add("replace one summary", rendered, updatedAt);
    Console.Error.WriteLine($"run {run}: {files.Length} files, {index.Count} dossiers, {cross.Count} duplicate findings");
}
Console.WriteLine($"| phase | median ms ({files.Length} files, {runs} runs) |");
Console.WriteLine("|---|---:|");
foreach (var (phase, list) in timings)
{
    list.Sort();
    Console.WriteLine($"| {phase} | {list[list.Count / 2]:0.0} |");
}
Console.WriteLine($"| index size (managed, after GC) | {indexBytes / 1024.0 / 1024.0:0.0} MB |");
