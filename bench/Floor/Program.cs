// dossier-floor CORPUS_DIR
// What `dossier lint` cannot go below: enumerate the .md files, read each, decode it as strict UTF-8 and parse it with
// the Markdig pipeline DossierParser uses, in parallel on all cores. No binding, rules, sorting or output.
using System.Text;
using DossierLsp.Core.Document;
using Markdig;

string root = Path.GetFullPath(args.Length > 0 ? args[0] : ".");
var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
string[] files = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).ToArray();
long blocks = 0;
Parallel.ForEach(files, file =>
{
    string text = strict.GetString(File.ReadAllBytes(file));
    Interlocked.Add(ref blocks, Markdown.Parse(text, DossierParser.Pipeline).Count);
});
Console.WriteLine($"{files.Length} files, {blocks} top-level blocks");
