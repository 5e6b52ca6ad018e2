namespace DossierLsp.Cli.Tests;

/// <summary>Files in a pull request that CI lints cannot make the published binary read past a cap or outside the repository.</summary>
[Collection(PublishedDossierCollection.Name)]
public sealed class HostileFileTests(PublishedDossier dossier) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-hostile-").FullName;

    private static string Seed => File.ReadAllText(Path.Combine(PublishedDossier.RepositoryRoot, "examples", "root-insurance-staff-mle.md"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_dossier_over_the_cap_is_refused_before_it_is_read()
    {
        using (var file = File.Create(Path.Combine(_folder, "huge.md")))
        {
            file.SetLength(100L * 1024 * 1024); // sparse: 100 MB that would have been read whole
        }
        var result = dossier.Dossier(_folder, "lint", "huge.md");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("huge.md:1:1: error file-unreadable: the file is 104,857,600 bytes; at most 8,388,608 are read", result.Stdout);
    }

    [Theory]
    [InlineData("<!-- dossier: /dev/zero -->\n")]
    [InlineData("<!-- dossier: /dev/stdin -->\n")]
    [InlineData("---\ndossier: ../../../../etc/passwd\n---\n")]
    public void A_marker_naming_a_file_outside_the_repository_is_an_error_and_reads_nothing(string marker)
    {
        File.WriteAllText(Path.Combine(_folder, "dossier.config.yaml"), "profile:\n  minimumSalary: 180000\n");
        File.WriteAllText(Path.Combine(_folder, "job.md"), marker + Seed);
        var result = dossier.Dossier(_folder, "lint", "job.md");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("job.md:1:1: error schema-unavailable:", result.Stdout);
        Assert.Contains("a marker may name only a built-in schema", result.Stdout);
    }

    [Fact]
    public void A_config_naming_a_device_as_schema_is_a_config_error()
    {
        File.WriteAllText(Path.Combine(_folder, "dossier.config.yaml"), "schema: /dev/zero\n");
        File.WriteAllText(Path.Combine(_folder, "job.md"), Seed);
        var result = dossier.Dossier(_folder, "lint", "job.md");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/dev/zero:1:1: error: cannot read: it is not a regular file", result.Stderr);
    }
}
