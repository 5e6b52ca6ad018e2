using System.Reflection;
using System.Text.RegularExpressions;

namespace DossierLsp.Core.Tests;

/// <summary>
/// The core's namespaces follow its folders, in the dependency order docs/ARCHITECTURE.md lists them: each namespace
/// uses only namespaces listed before it. The order is read from the code map itself, so the map and the code cannot disagree.
/// </summary>
public sealed partial class LayeringTests
{
    private const string CoreNamespace = "DossierLsp.Core";
    private static readonly string CoreFolder = Path.Combine(ArchitectureTests.RepositoryRoot(), "server", CoreNamespace);

    [Fact]
    public void Code_map_lists_every_core_namespace()
    {
        string[] folders = Directory.EnumerateDirectories(CoreFolder)
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .ToArray()!;
        Assert.Equal(folders, DocumentedOrder().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_source_file_declares_the_namespace_of_its_folder()
    {
        var offenders = SourceFiles()
            .Where(f => DeclaredNamespace(f.Text) != FolderNamespace(f.Path))
            .Select(f => $"{f.Relative}: declares {DeclaredNamespace(f.Text)}, folder says {FolderNamespace(f.Path)}")
            .ToArray();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Each_core_namespace_uses_only_namespaces_listed_before_it_in_source()
    {
        string[] order = DocumentedOrder();
        var offenders = new List<string>();
        foreach (var file in SourceFiles())
        {
            string layer = TopLayer(FolderNamespace(file.Path));
            foreach (Match use in CoreReference().Matches(file.Text))
            {
                string used = use.Groups["layer"].Value;
                if (used != layer && Array.IndexOf(order, used) >= Array.IndexOf(order, layer))
                {
                    offenders.Add($"{file.Relative}: {layer} uses {used}");
                }
            }
        }
        Assert.Empty(offenders.Distinct());
    }

    /// <summary>Catches what a source scan cannot see: a type named by a relative qualification in a signature.</summary>
    [Fact]
    public void Each_core_namespace_uses_only_namespaces_listed_before_it_in_signatures()
    {
        string[] order = DocumentedOrder();
        var offenders = new List<string>();
        foreach (Type type in typeof(Core.Text.SourceText).Assembly.GetTypes().Where(t => t.Namespace?.StartsWith(CoreNamespace + ".", StringComparison.Ordinal) == true))
        {
            string layer = TopLayer(type.Namespace!);
            foreach (Type used in SignatureTypes(type).Where(t => t.Namespace?.StartsWith(CoreNamespace + ".", StringComparison.Ordinal) == true))
            {
                string usedLayer = TopLayer(used.Namespace!);
                if (usedLayer != layer && Array.IndexOf(order, usedLayer) >= Array.IndexOf(order, layer))
                {
                    offenders.Add($"{type.FullName}: {layer} uses {used.FullName}");
                }
            }
        }
        Assert.Empty(offenders.Distinct());
    }

    private static IEnumerable<Type> SignatureTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        IEnumerable<Type> direct = new[] { type.BaseType }.OfType<Type>()
            .Concat(type.GetInterfaces())
            .Concat(type.GetFields(all).Select(f => f.FieldType))
            .Concat(type.GetProperties(all).Select(p => p.PropertyType))
            .Concat(type.GetMethods(all).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)))
            .Concat(type.GetConstructors(all).SelectMany(c => c.GetParameters().Select(p => p.ParameterType)));
        return direct.SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
        {
            return Unwrap(type.GetElementType()!);
        }
        return type.IsGenericType ? type.GetGenericArguments().SelectMany(Unwrap).Append(type) : [type];
    }

    /// <summary>The core namespaces in the order of the bullets under "## The core" in docs/ARCHITECTURE.md.</summary>
    private static string[] DocumentedOrder()
    {
        string map = File.ReadAllText(Path.Combine(ArchitectureTests.RepositoryRoot(), "docs", "ARCHITECTURE.md"));
        int start = map.IndexOf("## The core", StringComparison.Ordinal);
        int end = map.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return DocumentedLayer().Matches(map[start..end]).Select(m => m.Groups["layer"].Value).ToArray();
    }

    private static IEnumerable<(string Path, string Relative, string Text)> SourceFiles() =>
        Directory.EnumerateFiles(CoreFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(CoreFolder, f).Split(Path.DirectorySeparatorChar)[0] is not ("bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .Select(f => (f, Path.GetRelativePath(CoreFolder, f), File.ReadAllText(f)));

    private static string FolderNamespace(string file)
    {
        string folder = Path.GetRelativePath(CoreFolder, Path.GetDirectoryName(file)!);
        return folder == "." ? CoreNamespace : $"{CoreNamespace}.{folder.Replace(Path.DirectorySeparatorChar, '.')}";
    }

    private static string? DeclaredNamespace(string text) => FileScopedNamespace().Match(text) is { Success: true } m ? m.Groups["name"].Value : null;

    private static string TopLayer(string ns) => ns[(CoreNamespace.Length + 1)..].Split('.')[0];

    [GeneratedRegex(@"^- `(?<layer>\w+)` —", RegexOptions.Multiline)]
    private static partial Regex DocumentedLayer();

    [GeneratedRegex(@"\bDossierLsp\.Core\.(?<layer>\w+)")]
    private static partial Regex CoreReference();

    [GeneratedRegex(@"^namespace (?<name>[\w.]+);", RegexOptions.Multiline)]
    private static partial Regex FileScopedNamespace();
}
