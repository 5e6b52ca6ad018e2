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
        string core = Path.Combine(RepositoryRoot(), "server", "DossierLsp.Core");
        var forbidden = new Regex(@"\b(File|Directory|Console)\.\w+\(|\bnew (FileStream|StreamWriter)\b|Environment\.GetEnvironmentVariable", RegexOptions.CultureInvariant);
        var offenders = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => forbidden.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(core, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToArray();
        Assert.Empty(offenders);
    }

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
