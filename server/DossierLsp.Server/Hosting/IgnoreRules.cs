using System.Collections.Concurrent;

namespace DossierLsp.Server.Hosting;

/// <summary>
/// The ignore files in force in each folder, as ripgrep reads them: <c>.rgignore</c> and <c>.ignore</c> files everywhere,
/// and inside a git work tree (a folder holding <c>.git</c>, or below one) its <c>.git/info/exclude</c> and every
/// <c>.gitignore</c> from the work tree's root down. Each file's patterns are relative to its own folder; a deeper file
/// wins over a shallower one of its kind, any <c>.rgignore</c> over any <c>.ignore</c>, and any <c>.ignore</c> over any
/// git file (so <c>!private/</c> in a <c>.ignore</c> indexes a folder git ignores).
/// Below all of a work tree's files, as in git, the user's own excludes file (<see cref="GitUserExcludes"/>), relative to
/// the work tree's root. Files are read once per folder until <see cref="Forget"/>.
/// </summary>
public sealed class IgnoreRules
{
    public const string GitIgnore = ".gitignore";
    public const string Ignore = ".ignore";
    public const string RgIgnore = ".rgignore";

    /// <summary>The ignore files a folder may hold (a change to one of them changes what is ignored).</summary>
    public static readonly string[] FileNames = [GitIgnore, Ignore, RgIgnore];

    private readonly IDirectoryHost _host;
    private readonly Func<string, string?> _environment;
    private readonly ConcurrentDictionary<string, Layers> _byFolder = new(StringComparer.Ordinal);
    private volatile Lazy<string?> _userExcludes;

    /// <summary>The rules of the workspace's ignore files and of the current user's git configuration.</summary>
    public IgnoreRules(IDirectoryHost host)
        : this(host, Environment.GetEnvironmentVariable)
    {
    }

    /// <param name="environment">The environment variables that locate the user's git configuration (HOME, XDG_CONFIG_HOME).</param>
    public IgnoreRules(IDirectoryHost host, Func<string, string?> environment)
    {
        _host = host;
        _environment = environment;
        _userExcludes = FindUserExcludes();
    }

    /// <summary>An ignore file changed, appeared or went away: read them all again.</summary>
    public void Forget()
    {
        _userExcludes = FindUserExcludes(); // the git config may name another file since
        _byFolder.Clear();
    }

    private Lazy<string?> FindUserExcludes() => new(() => GitUserExcludes.Find(_environment, _host));

    /// <summary>True when <paramref name="entry"/>, a file or folder directly inside <paramref name="folder"/>, is ignored there.</summary>
    public bool Ignores(string folder, string entry, bool isDirectory) => LayersOf(folder).Ignores(entry, isDirectory);

    /// <summary>True when file <paramref name="path"/>, or a folder on the way to it from <paramref name="root"/>, is ignored.</summary>
    public bool Hides(string root, string path)
    {
        string relative = Path.GetRelativePath(root, path);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return false; // not below the root: only the folders inside it are the walk's to judge
        }
        string folder = root;
        string[] segments = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        for (int i = 0; i < segments.Length; i++)
        {
            string entry = Path.Combine(folder, segments[i]);
            bool isDirectory = i < segments.Length - 1;
            if (Ignores(folder, entry, isDirectory))
            {
                return true;
            }
            folder = entry;
        }
        return false;
    }

    private Layers LayersOf(string folder) => _byFolder.GetOrAdd(folder, Read);

    private Layers Read(string folder)
    {
        Layers above = Path.GetDirectoryName(folder) is { } parent ? LayersOf(parent) : Layers.None;
        Layer[] rgIgnore = [.. above.RgIgnore, .. LayerOf(folder, RgIgnore)];
        Layer[] ignore = [.. above.Ignore, .. LayerOf(folder, Ignore)];
        if (_host.Exists(Path.Combine(folder, ".git")))
        {
            // A work tree's root (a nested repository too): git files above it do not apply inside it.
            Layer[] user = _userExcludes.Value is { } excludes ? [.. LayerOf(folder, excludes)] : [];
            return new Layers(rgIgnore, ignore, [.. user, .. LayerOf(folder, Path.Combine(".git", "info", "exclude")), .. LayerOf(folder, GitIgnore)], InWorkTree: true);
        }
        return new Layers(rgIgnore, ignore, above.InWorkTree ? [.. above.Git, .. LayerOf(folder, GitIgnore)] : above.Git, above.InWorkTree);
    }

    // A rooted name is read where it is, with patterns relative to the folder all the same (the user's excludes file).
    private IEnumerable<Layer> LayerOf(string folder, string name) =>
        _host.ReadIgnoreFile(Path.Combine(folder, name)) is { } text && IgnoreFile.Parse(text) is { IsEmpty: false } file ? [new Layer(folder, file)] : [];

    private sealed record Layer(string Folder, IgnoreFile File);

    private sealed record Layers(Layer[] RgIgnore, Layer[] Ignore, Layer[] Git, bool InWorkTree)
    {
        public static readonly Layers None = new([], [], [], InWorkTree: false);

        // The first kind of file with a pattern for the entry decides.
        public bool Ignores(string entry, bool isDirectory) => Verdict(RgIgnore, entry, isDirectory) switch
        {
            IgnoreVerdict.Unmatched => Verdict(Ignore, entry, isDirectory) switch
            {
                IgnoreVerdict.Unmatched => Verdict(Git, entry, isDirectory) == IgnoreVerdict.Ignored,
                var verdict => verdict == IgnoreVerdict.Ignored,
            },
            var verdict => verdict == IgnoreVerdict.Ignored,
        };

        private static IgnoreVerdict Verdict(Layer[] layers, string entry, bool isDirectory)
        {
            for (int i = layers.Length - 1; i >= 0; i--)
            {
                string relative = Path.GetRelativePath(layers[i].Folder, entry).Replace('\\', '/');
                if (layers[i].File.Match(relative, isDirectory) is not IgnoreVerdict.Unmatched and var verdict)
                {
                    return verdict;
                }
            }
            return IgnoreVerdict.Unmatched;
        }
    }
}
