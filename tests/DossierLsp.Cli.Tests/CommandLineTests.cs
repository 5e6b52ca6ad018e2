using System.Text.Json;
using System.Text.RegularExpressions;

namespace DossierLsp.Cli.Tests;

/// <summary>The command line itself: help, version, usage errors, typo suggestions, response files, completion.</summary>
[Collection(PublishedDossierCollection.Name)]
public sealed class CommandLineTests(PublishedDossier dossier) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Commands => new() { "lint", "report", "lsp", "rules", "init", "new", "schema", "config", "completion" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_has_help_under_both_spellings(string command)
    {
        foreach (string flag in new[] { "--help", "-h" })
        {
            var result = dossier.Dossier(_folder, command, flag);
            Assert.Equal(0, result.ExitCode);
            Assert.Contains($"dossier {command}", result.Stdout);
            Assert.Contains("Options:", result.Stdout);
        }
    }

    [Fact]
    public void Root_help_lists_every_command()
    {
        var result = dossier.Dossier(_folder, "--help");
        Assert.Equal(0, result.ExitCode);
        foreach (string command in Commands)
        {
            Assert.Matches($@"(?m)^  {command}\b", result.Stdout);
        }
        Assert.Equal(result.Stdout, dossier.Dossier(_folder).Stdout);
    }

    [Fact]
    public void One_version_everywhere_props_package_json_cli_and_server()
    {
        string props = File.ReadAllText(Path.Combine(PublishedDossier.RepositoryRoot, "Directory.Build.props"));
        string version = Regex.Match(props, "<Version>([^<]+)</Version>").Groups[1].Value;
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(PublishedDossier.RepositoryRoot, "client-vscode", "package.json")));
        Assert.Equal(version, package.RootElement.GetProperty("version").GetString());
        var result = dossier.Dossier(_folder, "--version");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(version, result.Stdout.Trim());
    }

    [Theory]
    [InlineData(new[] { "lnt" }, "unknown command 'lnt'; did you mean 'lint'?")]
    [InlineData(new[] { "lint", "--fromat", "json" }, "unknown option '--fromat'; did you mean '--format'?")]
    [InlineData(new[] { "lint", "--bogus" }, "unknown option '--bogus'; run 'dossier lint --help' for usage")]
    [InlineData(new[] { "lint", "--format", "xml" }, "Argument 'xml' not recognized. Must be one of: 'text', 'json', 'github', 'sarif', 'junit', 'gitlab'")]
    [InlineData(new[] { "lint", "--max-warnings", "-1" }, "--max-warnings needs a whole number of at least 0")]
    [InlineData(new[] { "lint", "--fix", "--fix-dry-run" }, "--fix and --fix-dry-run cannot be used together")]
    [InlineData(new[] { "rules", "--format", "html" }, "Argument 'html' not recognized")]
    [InlineData(new[] { "completion", "tcsh" }, "Argument 'tcsh' not recognized")]
    [InlineData(new[] { "new", "Acme" }, "Required argument missing for command: 'new'")]
    public void Usage_mistakes_get_one_line_on_stderr_and_exit_2(string[] args, string expected)
    {
        var result = dossier.Dossier(_folder, args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        string line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("dossier: ", line);
        Assert.Contains(expected, line);
    }

    [Fact]
    public void A_response_file_supplies_arguments()
    {
        File.WriteAllText(Path.Combine(_folder, "a.md"), "# Job Application: A - B\n\n## Job Details\n- **Application Status**: APPLID\n");
        File.WriteAllText(Path.Combine(_folder, "args.rsp"), "lint\n--format\njson\na.md\n");
        var result = dossier.Dossier(_folder, "@args.rsp");
        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Contains(json.RootElement.EnumerateArray(), f => f.GetProperty("rule").GetString() == "enum-invalid");
    }

    [Fact]
    public void Bash_completion_completes_commands_and_options()
    {
        var script = dossier.Dossier(_folder, "completion", "bash");
        Assert.Equal(0, script.ExitCode);
        string file = Path.Combine(_folder, "dossier.bash");
        File.WriteAllText(file, script.Stdout);
        string bin = Path.GetDirectoryName(dossier.Path)!;
        // Complete the way bash does after a Tab: COMP_LINE/COMP_POINT/COMP_WORDS set, then the registered function.
        string probe = $$"""
            source '{{file}}'
            complete -p dossier
            complete_line() { COMP_LINE="$1"; COMP_POINT=${#1}; read -ra COMP_WORDS <<< "$1"; [[ "$1" == *" " ]] && COMP_WORDS+=(""); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _dossier_complete; printf '%s\n' "${COMPREPLY[@]}"; echo ---; }
            complete_line "dossier li"
            complete_line "dossier lint --fo"
            complete_line "dossier lint --format "
            """;
        var result = PublishedDossier.Run("bash", ["-c", probe], _folder, new Dictionary<string, string> { ["PATH"] = $"{bin}:{Environment.GetEnvironmentVariable("PATH")}" });
        string[] parts = result.Stdout.Split("---\n");
        Assert.Contains("-F _dossier_complete dossier", parts[0]);
        Assert.Equal("lint", parts[0].Split('\n', StringSplitOptions.RemoveEmptyEntries).Last());
        Assert.Equal(["--format"], parts[1].Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["github", "gitlab", "json", "junit", "sarif", "text"], parts[2].Split('\n', StringSplitOptions.RemoveEmptyEntries).Order());
    }

    [Theory]
    [InlineData("zsh", "compdef _dossier_complete dossier")]
    [InlineData("fish", "complete -c dossier")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName dossier")]
    public void Other_shells_get_a_script_that_asks_dossier_for_suggestions(string shell, string registration)
    {
        var result = dossier.Dossier(_folder, "completion", shell);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(registration, result.Stdout);
        Assert.Contains("[suggest:", result.Stdout);
    }
}
