using DossierLsp.Core.Analysis;
using DossierLsp.Core.Pipeline;
using DossierLsp.Core.Tests.Support;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;

namespace DossierLsp.Core.Tests.Pipeline;

public sealed class DossierIndexTests
{
    [Fact]
    public void A_summary_holds_the_facts_of_the_seed_example()
    {
        DossierSummary summary = Corpus.Summary(Dossiers.Example, "profile:\n  minimumSalary: 300000\n", new DateOnly(2024, 5, 3));
        Assert.Equal("/w/d.md", summary.Path);
        Assert.Equal("Job Application: Root Insurance - Staff Machine Learning Engineer II", summary.Title);
        Assert.Equal(("Root Insurance", "Staff Machine Learning Engineer II", "JR101755"), (summary.Company, summary.Position, summary.JobId));
        Assert.Equal(("PREPARED", 1), (summary.Status, summary.StatusOrder));
        Assert.Equal(new DateOnly(2024, 4, 30), summary.PostingDate);
        Assert.Null(summary.ApplicationDate);
        Assert.Equal((200_000m, 250_000m, "USD"), (summary.Salary!.Minimum, summary.Salary.Maximum, summary.Salary.Currency));
        Assert.Equal((0, 1, 0), (summary.Errors, summary.Warnings, summary.Infos));
        Assert.Equal(new LinePosition(6, 14), summary.JobIdLocation!.Start);
        Assert.Equal(new DateOnly(2024, 5, 3), summary.LastTouched);
    }

    [Fact]
    public void Placeholders_unknown_statuses_and_dated_lines_are_read_as_a_person_means_them()
    {
        DossierSummary summary = Corpus.Summary(Corpus.Dossier(
            "Acme", "Engineer", status: "screening (phone call booked)", applied: "2024-05-02", salary: "€80k",
            notes: "- 2024-05-10: recruiter called\n- **May 20, 2024** — phone screen\n- no date here\n- 2024-13-01: impossible\n"
                + "- 2024-05-24 onsite with the whole team, then a long talk about the offer\n- 5+ years of experience with Python"));
        Assert.Equal(("SCREENING", 3), (summary.Status, summary.StatusOrder));
        Assert.Equal([new DateOnly(2024, 5, 10), new DateOnly(2024, 5, 20), new DateOnly(2024, 5, 24)], summary.DatedLines);
        Assert.Equal(new DateOnly(2024, 5, 24), summary.LatestDate);
        Assert.NotNull(summary.SalaryValue);
        Assert.Null(summary.Salary);

        DossierSummary unknown = Corpus.Summary(Corpus.Dossier("Acme", "Engineer", status: "ON_ICE", applied: null, salary: "[TBD]"));
        Assert.Equal(("ON_ICE", -1), (unknown.Status, unknown.StatusOrder));
        Assert.Null(unknown.ApplicationDate);
        Assert.Null(unknown.Salary);
        Assert.Null(unknown.LastTouched);
    }

    [Fact]
    public void Updates_add_replace_and_remove_without_changing_older_snapshots()
    {
        var workspace = new DossierWorkspace(new MemoryHost([]), () => Dossiers.Today);
        DocumentAnalysis Analyze(string path, string text) => workspace.Analyze(path, new SourceText(text));

        DossierIndex first = DossierIndex.Empty.Update("/w/b.md", Analyze("/w/b.md", Corpus.Dossier("Beta", "Engineer")), null);
        DossierIndex second = first.Update("/w/a.md", Analyze("/w/a.md", Corpus.Dossier("Alpha", "Engineer")), null);
        DossierIndex third = second.Update("/w/b.md", Analyze("/w/b.md", Corpus.Dossier("Beta", "Manager", status: "OFFER")), null);
        DossierIndex fourth = third.Update("/w/a.md", Analyze("/w/a.md", "# Shopping list\n\n- milk\n"), null);

        Assert.Equal(["/w/b.md"], first.Dossiers.Select(d => d.Path));
        Assert.Equal(["/w/a.md", "/w/b.md"], second.Dossiers.Select(d => d.Path));
        Assert.Equal("Engineer", second.Find("/w/b.md")!.Position);
        Assert.Equal(("Manager", "OFFER"), (third.Find("/w/b.md")!.Position, third.Find("/w/b.md")!.Status));
        Assert.Equal(["/w/b.md"], fourth.Dossiers.Select(d => d.Path));
        Assert.Same(fourth, fourth.Without("/w/nothing.md"));
        Assert.Equal(0, fourth.Without("/w/b.md").Count);
    }

    [Fact]
    public async Task Readers_see_whole_snapshots_while_a_writer_updates()
    {
        var workspace = new DossierWorkspace(new MemoryHost([]), () => Dossiers.Today);
        DossierSummary[] summaries = Enumerable.Range(0, 200)
            .Select(i => DossierIndex.Summarize($"/w/{i:D3}.md", workspace.Analyze($"/w/{i:D3}.md", new SourceText(Corpus.Dossier($"C{i}", "Engineer"))), null)!)
            .ToArray();
        DossierIndex published = DossierIndex.Empty;
        var writer = Task.Run(() =>
        {
            foreach (DossierSummary summary in summaries)
            {
                Volatile.Write(ref published, Volatile.Read(ref published).With(summary));
            }
        });
        while (!writer.IsCompleted)
        {
            DossierIndex snapshot = Volatile.Read(ref published);
            Assert.Equal(snapshot.Count, snapshot.Dossiers.Count());
            Assert.Equal(snapshot.Dossiers.Select(d => d.Path).Order(StringComparer.Ordinal), snapshot.Dossiers.Select(d => d.Path));
        }
        await writer;
        Assert.Equal(200, published.Count);
    }
}
