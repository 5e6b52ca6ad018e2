using DossierLsp.Server.Hosting;

namespace DossierLsp.Server.Tests.Hosting;

/// <summary>
/// Ignore files mean what git says they mean: every path of a generated repository is judged by us and by
/// <c>git check-ignore</c>, and a folder walk finds the files <c>git ls-files --others --exclude-standard</c> lists.
/// </summary>
public sealed class IgnoreRulesTests : IDisposable
{
    private readonly string _repo = Directory.CreateTempSubdirectory("dossier-ignore-").FullName;

    public void Dispose() => Directory.Delete(_repo, recursive: true);

    // No user git configuration: git runs with core.excludesFile emptied, so neither side reads the user's.
    private static IgnoreRules Rules() => new(FileSystemConfigHost.Instance, _ => null);

    private static readonly Dictionary<string, string> IgnoreFiles = new(StringComparer.Ordinal)
    {
        [".gitignore"] = string.Join('\n',
            "# a comment, and a blank line next", "", "*.log", "!important.log", "build/", "/top.md", "doc/*.txt",
            "**/deep.md", "a/**/z.md", "foo/**", @"\#hash.md", @"\!bang.md", "trailing.md   ", @"escaped\ ", "[abc]x.md",
            "[!abc]y.md", "?q.md", "lib*/", "[[:digit:]]n.md", "[a-c-]r.md", "unclosed[.md", "mid/**/", "star**.md",
            "/crlf.md\r", "[z-a]rev.md", "[a-z]ok.md", "[]]b.md", "[!]]c.md", "[\\]]e.md", "m/**/n/**", "ab\\*c.md", "**/only-dir/", "dirs/*/", "**/nested/keep", "nested/keep/not.md", "*.MD"),
        ["sub/.gitignore"] = string.Join('\n', "!x.log", "*.md", "!keep.md", "/anch.md", "build"),
        [".git/info/exclude"] = "excluded.md\n",
    };

    private static readonly string[] Paths =
    [
        "important.log", "other.log", "sub/x.log", "deeper/y.log", "build/a.md", "deeper/build/b.md", "x/build",
        "top.md", "sub2/top.md", "doc/a.txt", "doc/x/a.txt", "sub2/doc/a.txt", "deep.md", "q/r/deep.md", "a/z.md", "a/b/c/z.md",
        "foo/x.md", "foo/y/z.md", "#hash.md", "!bang.md", "trailing.md", "escaped ", "ax.md", "dx.md", "-x.md", "ay.md", "dy.md",
        "1q.md", "12q.md", "lib1/a.md", "libx", "5n.md", "an.md", "br.md", "-r.md", "dr.md", "unclosed[.md", "mid/a.md",
        "mid/x/a.md", "starfoo.md", "star/x.md", "crlf.md", "zrev.md", "aok.md", "]b.md", "xb.md", "]c.md", "xc.md", "]e.md", "m/n/o.md", "m/p/n/q/r.md", "m/n.md", "ab*c.md", "abxc.md", "only-dir", "w/only-dir/a.md", "dirs/one/a.md", "dirs/file.md", "p/nested/keep/a.md",
        "nested/keep/not.md", "UPPER.MD", "upper.md", "sub/x.log", "sub/any.md", "sub/keep.md", "sub/anch.md",
        "sub/deeper/anch.md", "sub/deeper/keep.md", "sub/build/c.md", "excluded.md", "sub/excluded.md", "plain.md",
    ];

    [Fact]
    public void Every_path_is_ignored_exactly_when_git_check_ignore_says_so()
    {
        CreateRepository();
        string[] gitIgnored = Git("check-ignore --no-index --stdin", string.Join('\n', Paths.Distinct()))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Unquote).ToArray();
        Assert.NotEmpty(gitIgnored);

        var rules = Rules();
        string[] ours = Paths.Distinct().Where(p => rules.Hides(_repo, Path.Combine(_repo, p))).ToArray();
        Assert.Equal(gitIgnored.Order(StringComparer.Ordinal), ours.Order(StringComparer.Ordinal));
    }

    // Twenty seeded repositories (400 agreed with git when this was written; more only take longer).
    public static IEnumerable<object[]> Seeds => Enumerable.Range(1, 20).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_patterns_and_paths_are_judged_as_git_judges_them(int seed)
    {
        var random = new Random(seed);
        string[] folders = ["a", "b", "ab", "x"], files = ["a1", "b1", "ab1", "x1"];
        string[] tokens = ["a", "b", "ab", "x", "a1", "b1", "*", "**", "?", "a*", "*1", "[ab]*", "[!a]1", "?1", @"\a"];
        string Pick(string[] from) => from[random.Next(from.Length)];
        string Pattern() =>
            (random.Next(4) == 0 ? "!" : "") + (random.Next(3) == 0 ? "/" : "")
            + string.Join('/', Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Pick(tokens)))
            + (random.Next(4) == 0 ? "/" : "");
        Git("init -q", "");
        Write(".gitignore", string.Join('\n', Enumerable.Range(0, 8).Select(_ => Pattern())) + "\n");
        Write("a/.gitignore", string.Join('\n', Enumerable.Range(0, 3).Select(_ => Pattern())) + "\n");
        string[] paths = Enumerable.Range(0, 40)
            .Select(_ => string.Join('/', Enumerable.Range(0, random.Next(3)).Select(_ => Pick(folders)).Append(Pick(files))))
            .Distinct().ToArray();
        foreach (string path in paths)
        {
            Write(path, "");
        }

        string[] gitIgnored = Git("check-ignore --no-index --stdin", string.Join('\n', paths)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var rules = Rules();
        string[] ours = paths.Where(p => rules.Hides(_repo, Path.Combine(_repo, p))).ToArray();
        Assert.True(gitIgnored.Order(StringComparer.Ordinal).SequenceEqual(ours.Order(StringComparer.Ordinal)),
            $"patterns:\n{File.ReadAllText(Path.Combine(_repo, ".gitignore"))}a/.gitignore:\n{File.ReadAllText(Path.Combine(_repo, "a", ".gitignore"))}"
            + $"git: {string.Join(' ', gitIgnored.Order(StringComparer.Ordinal))}\nours: {string.Join(' ', ours.Order(StringComparer.Ordinal))}");
    }

    [Fact]
    public void A_folder_walk_finds_what_git_lists_as_not_ignored()
    {
        CreateRepository();
        string[] git = Git("ls-files --others --exclude-standard -z", "").Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p.EndsWith(".md", StringComparison.Ordinal)).ToArray();

        string[] ours = MarkdownWalk.FilesUnder(FileSystemConfigHost.Instance, _repo, Rules())
            .Select(f => Path.GetRelativePath(_repo, f)).ToArray();
        Assert.Contains("plain.md", ours);
        Assert.Equal(git.Order(StringComparer.Ordinal), ours.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Outside_a_git_work_tree_gitignore_is_not_read_but_dot_ignore_is()
    {
        Write(".gitignore", "*.md\n");
        Write(".ignore", "private/\n");
        Write("a.md", "");
        Write("private/b.md", "");
        var rules = Rules();
        Assert.False(rules.Hides(_repo, Path.Combine(_repo, "a.md")));
        Assert.True(rules.Hides(_repo, Path.Combine(_repo, "private", "b.md")));
    }

    [Fact]
    public void A_dot_ignore_re_includes_what_gitignore_ignores_at_any_depth()
    {
        Directory.CreateDirectory(Path.Combine(_repo, ".git"));
        Write("jobs/.gitignore", "private/\n*.md\n");
        Write(".ignore", "!private/\n!*.md\n");
        Write("jobs/private/acme.md", "");
        Assert.Equal(["jobs/private/acme.md"],
            MarkdownWalk.FilesUnder(FileSystemConfigHost.Instance, _repo, Rules()).Select(f => Path.GetRelativePath(_repo, f)));
    }

    [Fact]
    public void A_dot_rgignore_wins_over_any_dot_ignore_as_in_ripgrep()
    {
        Write(".rgignore", "!drafts/\n");
        Write("jobs/.ignore", "drafts/\nkeep.md\nother.md\n");
        Write("jobs/.rgignore", "!keep.md\n");
        Write("jobs/drafts/a.md", "");
        Write("jobs/keep.md", "");
        Write("jobs/other.md", "");
        Assert.Equal(["jobs/drafts/a.md", "jobs/keep.md"],
            MarkdownWalk.FilesUnder(FileSystemConfigHost.Instance, _repo, Rules()).Select(f => Path.GetRelativePath(_repo, f)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_nested_repository_is_judged_by_its_own_gitignore_only()
    {
        Directory.CreateDirectory(Path.Combine(_repo, ".git"));
        Write(".gitignore", "*.md\n");
        Write("inner/.git", "gitdir: elsewhere\n"); // a submodule or worktree keeps a .git file
        Write("inner/a.md", "");
        Write("outer.md", "");
        var rules = Rules();
        Assert.True(rules.Hides(_repo, Path.Combine(_repo, "outer.md")));
        Assert.False(rules.Hides(_repo, Path.Combine(_repo, "inner", "a.md")));
    }

    private void CreateRepository()
    {
        Git("init -q", "");
        foreach (var (path, text) in IgnoreFiles)
        {
            Write(path, text);
        }
        foreach (string path in Paths)
        {
            Write(path, "");
        }
    }

    private void Write(string relative, string text)
    {
        string full = Path.Combine(_repo, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    // check-ignore quotes names with unusual characters (core.quotePath) in C style.
    private static string Unquote(string line) =>
        line.StartsWith('"') ? line[1..^1].Replace("\\\"", "\"").Replace("\\\\", "\\") : line;

    // Without the user's own excludes file: these tests judge the repository's ignore files alone.
    private string Git(string arguments, string input) => GitCommand.Run(_repo, $"-c core.excludesFile= {arguments}", input);
}
