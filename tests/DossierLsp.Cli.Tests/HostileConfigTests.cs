using System.Text.RegularExpressions;

namespace DossierLsp.Cli.Tests;

/// <summary>
/// Hostile configs, schemas and profiles given to the published `dossier lint`, one row per case: each gives one
/// clear error naming the file with line and column, quotes none of its bulk, and ends (the process timeout of
/// <see cref="PublishedDossier.Run"/> is a hang guard, not a performance bound).
/// </summary>
[Collection(PublishedDossierCollection.Name)]
public sealed class HostileConfigTests(PublishedDossier dossier) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-hostile-config-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Seed => File.ReadAllText(Path.Combine(PublishedDossier.RepositoryRoot, "examples", "root-insurance-staff-mle.md"));

    private static string BuiltInSchema => File.ReadAllText(Path.Combine(PublishedDossier.RepositoryRoot, "schemas", "job-dossier.yaml"));

    /// <summary>Nine levels of nine-fold aliases: 387 million nodes if anything expanded them.</summary>
    private static string AliasBomb(string tail)
    {
        var lines = new List<string> { "a0: &a0 [x, x, x, x, x, x, x, x, x]" };
        for (int i = 1; i < 9; i++)
        {
            lines.Add($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]");
        }
        lines.Add(tail + " *a8");
        return string.Join("\n", lines) + "\n";
    }

    private static string DeepFlow => "profile: " + new string('[', 100_000) + "\n";

    private static string DeepBlock => string.Concat(Enumerable.Range(0, 5_000).Select(i => new string(' ', i) + "- a:\n"));

    /// <summary>What each case puts where: files (name → text, or a kind), the profile variable, the file the error names.</summary>
    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    /// <summary><paramref name="Says"/>: the severity (and rule) the finding about <paramref name="NamedFile"/> starts with.</summary>
    private sealed record Case(Dictionary<string, string> Files, string? Profile, string NamedFile, string Says = "error");

    private const string Fifo = "<fifo>", Directory_ = "<directory>", Huge = "<huge>";

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["alias bomb in config"] = new(new() { ["dossier.config.yaml"] = AliasBomb("rules:") }, null, "dossier.config.yaml"),
        ["alias bomb in schema"] = new(new() { ["dossier.config.yaml"] = "schema: s.yaml\n", ["s.yaml"] = "name: bomb\n" + AliasBomb("fields:") }, null, "s.yaml"),
        ["alias bomb in profile"] = new(new() { ["p.yaml"] = AliasBomb("preferredLocations:") }, "p.yaml", "p.yaml"),
        ["deep flow nesting in config"] = new(new() { ["dossier.config.yaml"] = DeepFlow }, null, "dossier.config.yaml"),
        ["deep block nesting in schema"] = new(new() { ["dossier.config.yaml"] = "schema: s.yaml\n", ["s.yaml"] = "name: deep\nfields:\n" + DeepBlock }, null, "s.yaml"),
        ["deep flow nesting in profile"] = new(new() { ["p.yaml"] = "minimumSalary: " + new string('{', 100_000) }, "p.yaml", "p.yaml"),
        ["huge config"] = new(new() { ["dossier.config.yaml"] = Huge }, null, "dossier.config.yaml"),
        ["huge schema"] = new(new() { ["dossier.config.yaml"] = "schema: s.yaml\n", ["s.yaml"] = Huge }, null, "s.yaml"),
        ["huge profile"] = new(new() { ["p.yaml"] = Huge }, "p.yaml", "p.yaml"),
        ["FIFO as config"] = new(new() { ["dossier.config.yaml"] = Fifo }, null, "dossier.config.yaml"),
        ["FIFO as schema"] = new(new() { ["dossier.config.yaml"] = "schema: s.yaml\n", ["s.yaml"] = Fifo }, null, "s.yaml"),
        ["FIFO as profile"] = new(new() { ["p.yaml"] = Fifo }, "p.yaml", "p.yaml"),
        ["directory as config"] = new(new() { ["dossier.config.yaml"] = Directory_ }, null, "dossier.config.yaml"),
        ["directory as schema"] = new(new() { ["dossier.config.yaml"] = "schema: s.yaml\n", ["s.yaml"] = Directory_ }, null, "s.yaml"),
        ["directory as profile"] = new(new() { ["p.yaml"] = Directory_ }, "p.yaml", "p.yaml"),
        ["/dev/zero as profile"] = new([], "/dev/zero", "/dev/zero"),
        ["catastrophic title pattern"] = new(new()
        {
            ["dossier.config.yaml"] = "schema: s.yaml\n",
            ["s.yaml"] = BuiltInSchema.Replace("name: job-dossier", "name: evil").Replace(@"'^Job Application:\s*(?<company>.+?)\s+-\s+(?<position>.+?)\s*$'", @"'^(?<company>(a|aa)+)+(?<position>b)$'"),
            ["job.md"] = Seed.Replace("# Job Application: Root Insurance - Staff Machine Learning Engineer", "# " + new string('a', 60) + "!"),
        }, null, "job.md", "warning title-pattern: title could not be checked"),
    };

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_hostile_file_gives_one_clear_error_with_its_position(string name)
    {
        Case hostile = Cases[name];
        File.WriteAllText(Path.Combine(_folder, "job.md"), Seed);
        foreach (var (file, content) in hostile.Files)
        {
            Create(Path.Combine(_folder, file), content);
        }
        var environment = new Dictionary<string, string>();
        if (hostile.Profile is not null)
        {
            environment["DOSSIER_PROFILE"] = Path.Combine(_folder, hostile.Profile);
        }
        var result = PublishedDossier.Run(dossier.Path, ["lint", "job.md"], _folder, environment);

        string output = result.Stdout + result.Stderr;
        Assert.True(result.ExitCode is 1 or 2 || hostile.Says != "error", $"exit {result.ExitCode}: {output}");
        Assert.Matches(Regex.Escape(hostile.NamedFile) + @":\d+:\d+: " + Regex.Escape(hostile.Says), output);
        Assert.DoesNotContain("Unhandled", output);
        Assert.True(output.Length < 20_000, $"the output quotes the file's bulk: {output.Length} characters");
    }

    private static void Create(string path, string content)
    {
        switch (content)
        {
            case Fifo:
                Assert.Equal(0, PublishedDossier.Run("mkfifo", [path], Path.GetDirectoryName(path)!).ExitCode);
                break;
            case Directory_:
                Directory.CreateDirectory(path);
                break;
            case Huge:
                File.WriteAllText(path, "name: x\n# " + new string('x', 6 * 1024 * 1024) + "\n");
                break;
            default:
                File.WriteAllText(path, content);
                break;
        }
    }
}
