namespace DossierLsp.Cli.Tests;

/// <summary>init, new, rules, schema and config on the published executable.</summary>
[Collection(PublishedDossierCollection.Name)]
public sealed class ScaffoldTests(PublishedDossier dossier) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-scaffold-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    private Dictionary<string, string> Home => new() { ["XDG_CONFIG_HOME"] = PathOf("home-config") };

    [Fact]
    public void Init_writes_a_commented_config_that_loads_cleanly_and_refuses_to_overwrite()
    {
        var result = dossier.Dossier(_folder, "init");
        Assert.Equal(0, result.ExitCode);
        string config = File.ReadAllText(PathOf("dossier.config.yaml"));
        Assert.Contains("# ", config);
        Assert.DoesNotContain("minimumSalary:", config.Split('\n').Where(l => !l.TrimStart().StartsWith('#')).Aggregate("", string.Concat));
        var lint = dossier.Dossier(_folder, "config", "--explain");
        Assert.Equal(0, lint.ExitCode);
        Assert.Equal("", lint.Stderr);

        File.WriteAllText(PathOf("dossier.config.yaml"), "# mine\n");
        var again = dossier.Dossier(_folder, "init");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("exists; use --force", again.Stderr);
        Assert.Equal("# mine\n", File.ReadAllText(PathOf("dossier.config.yaml")));
        Assert.Equal(0, dossier.Dossier(_folder, "init", "--force").ExitCode);
        Assert.Equal(config, File.ReadAllText(PathOf("dossier.config.yaml")));
    }

    [Fact]
    public void Init_profile_writes_the_minimum_to_the_user_profile_outside_the_folder()
    {
        var result = dossier.Dossier(_folder, Home, "init", "--profile", "--minimum-salary", "150000", "--currency", "eur");
        Assert.Equal(0, result.ExitCode);
        string profile = File.ReadAllText(PathOf("home-config/dossier/profile.yaml"));
        Assert.Contains("minimumSalary: 150000", profile);
        Assert.Contains("currency: EUR", profile);
        Assert.DoesNotContain("150000", File.ReadAllText(PathOf("dossier.config.yaml")));
        var explain = dossier.Dossier(_folder, Home, "config", "--explain");
        Assert.Contains($"profile.minimumSalary = 150000 ({PathOf("home-config/dossier/profile.yaml")}:", explain.Stdout);
        Assert.Contains("profile.currency = EUR", explain.Stdout);
        Assert.Equal(2, dossier.Dossier(_folder, Home, "init", "--profile").ExitCode);
        Assert.Equal(0, dossier.Dossier(_folder, Home, "init", "--profile", "--force").ExitCode);
        Assert.Contains("# minimumSalary:", File.ReadAllText(PathOf("home-config/dossier/profile.yaml")));
    }

    [Fact]
    public void New_writes_the_schema_template_which_lints_clean_even_against_a_minimum_salary()
    {
        File.WriteAllText(PathOf("dossier.config.yaml"), "profile:\n  minimumSalary: 180000\n");
        var result = dossier.Dossier(_folder, "new", "Acme Corp", "Staff Engineer");
        Assert.Equal(0, result.ExitCode);
        string text = File.ReadAllText(PathOf("acme-corp-staff-engineer.md"));
        Assert.StartsWith("# Job Application: Acme Corp - Staff Engineer\n", text);
        Assert.Contains("**Application Status**: RESEARCHING", text);
        var lint = dossier.Dossier(_folder, "lint", "acme-corp-staff-engineer.md");
        Assert.Equal(0, lint.ExitCode);
        Assert.Contains("1 file checked, 0 skipped: 0 errors, 0 warnings, 0 infos", lint.Stdout);

        Assert.Equal(2, dossier.Dossier(_folder, "new", "Acme Corp", "Staff Engineer").ExitCode); // never overwrites
    }

    [Fact]
    public void New_with_a_status_and_an_output_file_matches_the_stdout_template()
    {
        var result = dossier.Dossier(_folder, "new", "Globex", "SRE", "--status", "applied", "-o", "jobs.md");
        Assert.Equal(0, result.ExitCode);
        string text = File.ReadAllText(PathOf("jobs.md"));
        Assert.Contains("**Application Status**: APPLIED", text);
        var printed = dossier.Dossier(_folder, "new", "Globex", "SRE", "--status", "APPLIED", "-o", "-");
        Assert.Equal(text, printed.Stdout);
        // The only errors are the placeholders that an APPLIED dossier must fill in.
        using var lint = System.Text.Json.JsonDocument.Parse(dossier.Dossier(_folder, "lint", "--format", "json", "jobs.md").Stdout);
        Assert.All(lint.RootElement.EnumerateArray().Where(f => f.GetProperty("severity").GetString() == "error"),
            f => Assert.Equal("field-required-when", f.GetProperty("rule").GetString()));
        var unknown = dossier.Dossier(_folder, "new", "Globex", "SRE", "--status", "HIRED", "-o", "-");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("'HIRED' is not a status", unknown.Stderr);
    }

    [Fact]
    public void Rules_lists_every_rule_and_non_rule_finding_with_its_default_severity()
    {
        var result = dossier.Dossier(_folder, "rules");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"(?m)^enum-invalid\s+error\s+\S", result.Stdout);
        Assert.Matches(@"(?m)^salary-below-minimum\s+warning\s+\S", result.Stdout);
        Assert.Matches(@"(?m)^internal-error\s+error\s+.*cannot be turned off", result.Stdout);
        string docs = File.ReadAllText(Path.Combine(PublishedDossier.RepositoryRoot, "docs", "RULES.md"));
        int documented = docs.Split('\n').Count(l => l.StartsWith("| [`", StringComparison.Ordinal));
        Assert.Equal(documented, result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Schema_print_is_the_built_in_schema_or_the_configured_file()
    {
        var builtIn = dossier.Dossier(_folder, "schema", "--print");
        Assert.Equal(0, builtIn.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(PublishedDossier.RepositoryRoot, "schemas", "job-dossier.yaml")).ReplaceLineEndings("\n"), builtIn.Stdout.ReplaceLineEndings("\n"));
        Assert.StartsWith("job-dossier (built in; from default)", dossier.Dossier(_folder, "schema").Stdout);

        File.WriteAllText(PathOf("mine.yaml"), builtIn.Stdout.Replace("name: job-dossier", "name: mine"));
        File.WriteAllText(PathOf("dossier.config.yaml"), "schema: mine.yaml\n");
        var mine = dossier.Dossier(_folder, "schema", "--print");
        Assert.Equal(0, mine.ExitCode);
        Assert.Equal(File.ReadAllText(PathOf("mine.yaml")), mine.Stdout);
        Assert.StartsWith($"{PathOf("mine.yaml")} (file; from {PathOf("dossier.config.yaml")}:1:9)", dossier.Dossier(_folder, "schema").Stdout);
    }

    [Fact]
    public void Config_explain_names_the_source_of_every_setting_and_why_a_file_is_skipped()
    {
        File.WriteAllText(PathOf("profile.yaml"), "preferredLocations: [Berlin]\n");
        File.WriteAllText(PathOf("dossier.config.yaml"), "profile:\n  minimumSalary: 200000\nrules:\n  section-order: off\n");
        File.WriteAllText(PathOf("notes.md"), "# Notes\n");
        var env = new Dictionary<string, string> { ["DOSSIER_PROFILE"] = PathOf("profile.yaml") };
        var result = dossier.Dossier(_folder, env, "config", "--explain", "notes.md");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"config: {PathOf("dossier.config.yaml")}", result.Stdout);
        Assert.Contains("notes.md: skipped: no marker, no config glob", result.Stdout);
        Assert.Contains($"profile.minimumSalary = 200000 ({PathOf("dossier.config.yaml")}:2:18)", result.Stdout);
        Assert.Contains($"profile.preferredLocations = [Berlin] ({PathOf("profile.yaml")}:1:21)", result.Stdout);
        Assert.Contains("profile.currency = USD (default)", result.Stdout);
        Assert.Contains($"rules.section-order = off ({PathOf("dossier.config.yaml")}:4:18)", result.Stdout);
        Assert.Equal(PathOf("dossier.config.yaml") + "\n", dossier.Dossier(_folder, "config").Stdout);
        Assert.Equal(2, dossier.Dossier(_folder, "config", "--explain", "missing.md").ExitCode);
    }
}
