using System.Text.RegularExpressions;

namespace DossierLsp.Core.Tests;

/// <summary>The invariants of docs/ARCHITECTURE.md that are cheap to check.</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void Core_references_no_protocol_or_console_assembly()
    {
        var references = typeof(Core.Workspace.DossierWorkspace).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToArray();
        Assert.DoesNotContain("StreamJsonRpc", references);
        Assert.DoesNotContain("System.Console", references);
        Assert.DoesNotContain("DossierLsp.Server", references);
    }

    [Fact]
    public void Core_source_touches_no_file_system_or_console()
    {
        var forbidden = new Regex(@"\b(File|Directory|Console)\.\w+\(|\bnew (FileStream|StreamWriter)\b|Environment\.GetEnvironmentVariable", RegexOptions.CultureInvariant);
        Assert.Empty(CoreLinesMatching(forbidden));
    }

    [Fact]
    public void Core_regexes_are_generated_with_the_one_timeout()
    {
        // Under NativeAOT a regex built at run time is interpreted (several times slower); only the schema's own
        // patterns must be, and those go through BoundedRegex.Create.
        var builtAtRunTime = new Regex(@"\bnew Regex\(|\bRegex\s+\w+\s*=\s*new\(|\bRegex\.(IsMatch|Match|Matches|Replace|Split)\(|BoundedRegex\.Create\(\s*(@|\$)*""", RegexOptions.CultureInvariant);
        string[] offenders = CoreLinesMatching(builtAtRunTime).Where(line => !line.StartsWith($"Text{Path.DirectorySeparatorChar}BoundedRegex.cs:", StringComparison.Ordinal)).ToArray();
        Assert.Empty(offenders);

        var withoutTheTimeout = CoreFiles()
            .Where(f => CountOf(File.ReadAllText(f), "[GeneratedRegex(") != CountOf(File.ReadAllText(f), "BoundedRegex.TimeoutMilliseconds)]"))
            .ToArray();
        Assert.Empty(withoutTheTimeout);
    }

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;

    private static IEnumerable<string> CoreFiles()
    {
        string core = CoreFolder();
        return Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
    }

    /// <summary>"relative/path.cs:line: text" for every line of the core's source that <paramref name="pattern"/> matches.</summary>
    private static string[] CoreLinesMatching(Regex pattern) =>
        CoreFiles()
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => pattern.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(CoreFolder(), x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToArray();

    private static string CoreFolder() => Path.Combine(RepositoryRoot(), "server", "DossierLsp.Core");

    internal static string RepositoryRoot()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "DossierLsp.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }
        return directory ?? throw new InvalidOperationException("repository root not found");
    }
}
