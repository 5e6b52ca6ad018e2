using DossierLsp.Server.Hosting;

namespace DossierLsp.Server.Tests.Hosting;

/// <summary>
/// The user's own git excludes file is found where git finds it and ranks where git ranks it: checked against
/// <c>git check-ignore</c> run with the same home folder.
/// </summary>
public sealed class GitUserExcludesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("dossier-user-excludes-").FullName;
    private string Home => Path.Combine(_root, "home");
    private string Repo => Path.Combine(_root, "repo");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("[core]\n\texcludesFile = ~/ignores\n", "~/ignores")]
    [InlineData("[Core]\n  ExcludesFile=\"/x/my ignores\" # the file\n", "/x/my ignores")]
    [InlineData("[core] excludesfile = /a ; comment\n", "/a")]
    [InlineData("[core]\n excludesFile = /first\n[user]\n excludesFile = /not-core\n[core]\n excludesFile = /last\n", "/last")]
    [InlineData("[core \"sub\"]\n excludesFile = /in-a-subsection\n", null)]
    [InlineData("# excludesFile = /commented\n[core]\n editor = vi\n", null)]
    [InlineData("[core]\n excludesFile = \"a\\\\b\\\"c\" \n", "a\\b\"c")]
    [InlineData("[core]\r\n excludesFile = /crlf\r\n", "/crlf")]
    [InlineData("[core]\n excludesFile =\n", "")]
    public void The_setting_is_read_as_git_reads_a_config_file(string config, string? expected)
    {
        Assert.Equal(expected, GitUserExcludes.ExcludesFileIn(config));
    }

    [Fact]
    public void Without_a_setting_the_file_is_the_xdg_default_and_gitconfig_wins_over_the_xdg_config()
    {
        var env = new Dictionary<string, string?> { ["HOME"] = Home };
        Assert.Equal(Path.Combine(Home, ".config", "git", "ignore"), Find(env));

        env["XDG_CONFIG_HOME"] = Path.Combine(_root, "xdg");
        Assert.Equal(Path.Combine(_root, "xdg", "git", "ignore"), Find(env));

        Write(Path.Combine(_root, "xdg", "git", "config"), "[core]\n excludesFile = ~/from-xdg\n");
        Assert.Equal(Path.Combine(Home, "from-xdg"), Find(env));

        Write(Path.Combine(Home, ".gitconfig"), "[core]\n excludesFile = ~/from-gitconfig\n");
        Assert.Equal(Path.Combine(Home, "from-gitconfig"), Find(env));

        Write(Path.Combine(Home, ".gitconfig"), "[core]\n excludesFile =\n");
        Assert.Null(Find(env)); // emptied: none, as `git -c core.excludesFile=` means

        Write(Path.Combine(Home, ".gitconfig"), "[core]\n excludesFile = relative/ignores\n");
        Assert.Null(Find(env)); // relative to wherever git runs: not followed
        Assert.Null(Find(new Dictionary<string, string?>()));
    }

    [Fact]
    public void The_user_excludes_file_ranks_below_info_exclude_and_gitignore_as_in_git()
    {
        Write(Path.Combine(Home, ".gitconfig"), "[core]\n\texcludesFile = \"~/my ignores\"\n");
        Write(Path.Combine(Home, "my ignores"), "*.draft.md\nnotes/\n/top-only.md\n");
        Git("init -q", "");
        Write(Path.Combine(Repo, ".gitignore"), "!b.draft.md\n");
        Write(Path.Combine(Repo, ".git", "info", "exclude"), "!c.draft.md\n");
        string[] paths = ["a.draft.md", "b.draft.md", "c.draft.md", "sub/d.draft.md", "notes/x.md", "sub/notes/y.md", "top-only.md", "sub/top-only.md", "plain.md"];
        foreach (string path in paths)
        {
            Write(Path.Combine(Repo, path), "");
        }

        string[] gitIgnored = Git("check-ignore --no-index --stdin", string.Join('\n', paths)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("a.draft.md", gitIgnored);

        var rules = new IgnoreRules(FileSystemConfigHost.Instance, Environment(new() { ["HOME"] = Home }));
        string[] ours = paths.Where(p => rules.Hides(Repo, Path.Combine(Repo, p))).ToArray();
        Assert.Equal(gitIgnored.Order(StringComparer.Ordinal), ours.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Outside_a_git_work_tree_the_user_excludes_file_does_not_count()
    {
        Write(Path.Combine(Home, ".config", "git", "ignore"), "*.md\n");
        Write(Path.Combine(Repo, "a.md"), "");
        var rules = new IgnoreRules(FileSystemConfigHost.Instance, Environment(new() { ["HOME"] = Home }));
        Assert.False(rules.Hides(Repo, Path.Combine(Repo, "a.md")));
        Directory.CreateDirectory(Path.Combine(Repo, ".git"));
        rules.Forget();
        Assert.True(rules.Hides(Repo, Path.Combine(Repo, "a.md")));
    }

    private static Func<string, string?> Environment(Dictionary<string, string?> variables) => name => variables.GetValueOrDefault(name);

    private static string? Find(Dictionary<string, string?> variables) => GitUserExcludes.Find(Environment(variables), FileSystemConfigHost.Instance);

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    // git with this test's home folder as the user's: its ~/.gitconfig and ~/.config/git, nothing of the machine's user.
    private string Git(string arguments, string input)
    {
        Directory.CreateDirectory(Repo);
        return GitCommand.Run(Repo, arguments, input, environment =>
        {
            environment["HOME"] = Home;
            environment.Remove("XDG_CONFIG_HOME");
            environment["GIT_CONFIG_NOSYSTEM"] = "1";
        });
    }
}
