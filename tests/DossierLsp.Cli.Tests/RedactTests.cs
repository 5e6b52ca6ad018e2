namespace DossierLsp.Cli.Tests;

/// <summary>--redact (the default when CI is set): the profile's minimum salary appears in no output format.</summary>
[Collection(PublishedDossierCollection.Name)]
public sealed class RedactTests(PublishedDossier dossier) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-redact-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly string[] FormatNames = ["text", "json", "github", "sarif", "junit", "gitlab"];

    public static TheoryData<string> Formats => new(FormatNames);

    [Fact]
    public void The_theory_covers_every_format_the_binary_accepts()
    {
        string help = dossier.Dossier(_folder, "lint", "--help").Stdout;
        string accepted = help[(help.IndexOf("--format <", StringComparison.Ordinal) + "--format <".Length)..];
        accepted = accepted[..accepted.IndexOf('>')];
        Assert.Equal(accepted.Split('|').Order(), FormatNames.Order());
    }

    // Every salary message that speaks of the minimum: below it (which says by how much, also for a single amount, a
    // ceiling, hourly pay and another currency, each with its conversion), straddling it, and a floor under it.
    private void WriteDossiers()
    {
        File.WriteAllText(Path.Combine(_folder, "dossier.config.yaml"), "profile:\n  minimumSalary: 187654\n  exchangeRates:\n    EUR: 1.1\n");
        const string body = "# Job Application: A - B\n\n## Job Details\n- **Company**: A\n- **Position**: B\n- **Application Status**: APPLIED\n- **Application Date**: 2024-05-02\n";
        File.WriteAllText(Path.Combine(_folder, "below.md"), body + "- **Salary Range**: $100,000 - $120,000\n");
        File.WriteAllText(Path.Combine(_folder, "single.md"), body + "- **Salary Range**: $120,000\n");
        File.WriteAllText(Path.Combine(_folder, "ceiling.md"), body + "- **Salary Range**: Up to $120,000\n");
        File.WriteAllText(Path.Combine(_folder, "hourly.md"), body + "- **Salary Range**: $50/hr\n");
        File.WriteAllText(Path.Combine(_folder, "euro.md"), body + "- **Salary Range**: €100,000 - €120,000\n");
        File.WriteAllText(Path.Combine(_folder, "straddles.md"), body + "- **Salary Range**: $150,000 - $200,000\n");
        File.WriteAllText(Path.Combine(_folder, "floor.md"), body + "- **Salary Range**: From $150,000\n");
    }

    // Every way the amount could be written: 187654, 187,654, $187.7k, $188k, and the shortfalls below it that give it
    // away ($120k: 67,654; €120k at 1.1 = $132k: 55,654; $50/hr × 2,080 h = $104k: 83,654).
    private static readonly string[] Leaks = ["187654", "187,654", "187.7k", "188k", "187.6", "67,654", "67654", "67.7k", "68k",
        "55,654", "55654", "55.7k", "56k", "83,654", "83654", "83.7k", "84k"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void With_CI_set_no_format_shows_the_minimum(string format)
    {
        WriteDossiers();
        var result = dossier.Dossier(_folder, new Dictionary<string, string> { ["CI"] = "true" }, "lint", "--format", format, "--explain");
        string output = result.Stdout + result.Stderr;
        Assert.Contains("salary-below-minimum", output);
        Assert.Contains("salary-straddles-minimum", output);
        Assert.Contains("your minimum", output);
        Assert.All(Leaks, leak => Assert.DoesNotContain(leak, output));
    }

    [Fact]
    public void Redact_works_without_CI_and_no_redact_shows_the_amount_under_CI()
    {
        WriteDossiers();
        string redacted = dossier.Dossier(_folder, "lint", "--redact").Stdout;
        Assert.All(Leaks, leak => Assert.DoesNotContain(leak, redacted));
        string shown = dossier.Dossier(_folder, new Dictionary<string, string> { ["CI"] = "1" }, "lint", "--no-redact").Stdout;
        Assert.Contains("your minimum of $", shown);
        Assert.Contains("short by", shown);
        Assert.Contains("short by", dossier.Dossier(_folder, "lint").Stdout);
    }
}
