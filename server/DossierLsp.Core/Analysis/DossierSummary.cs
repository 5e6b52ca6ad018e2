using DossierLsp.Core.Config;
using DossierLsp.Core.Values;

namespace DossierLsp.Core.Analysis;

/// <summary>
/// What the workspace index, the cross-dossier rules and the report know about one dossier: its facts, read by the same
/// analysis as lint, and its finding counts. Holds no document text, so a summary per file of a large workspace stays
/// small. Immutable. Built by <c>Pipeline.DossierSummaryReader</c>. What the cross-dossier rules compare is its
/// <see cref="Identity"/>; the members of the same names read it.
/// </summary>
/// <remarks>The members are a stable API that the server's workspace index builds on: add members, do not change them.</remarks>
public sealed record DossierSummary
{
    /// <summary>What the cross-dossier rules compare; <see cref="Path"/>, the names, locations, suppressions and config read it.</summary>
    public required DossierIdentity Identity { get; init; }
    /// <summary>The dossier's absolute path (the key of the index).</summary>
    public string Path => Identity.Path;
    /// <summary>The text of the first level-1 heading.</summary>
    public string? Title { get; init; }
    public string? Company => Identity.Company;
    public string? Position => Identity.Position;
    public string? JobId => Identity.JobId;
    /// <summary>The status as its schema spells it (e.g. APPLIED), or as written when it is not one of the schema's values.</summary>
    public string? Status { get; init; }
    /// <summary>Index of <see cref="Status"/> in the schema's status lifecycle; -1 when unknown.</summary>
    public int StatusOrder { get; init; } = -1;
    public DateOnly? PostingDate { get; init; }
    public DateOnly? ApplicationDate { get; init; }
    /// <summary>Dates that start a list item outside the fields section (<c>- 2024-05-10: recruiter called</c>), sorted.</summary>
    public IReadOnlyList<DateOnly> DatedLines { get; init; } = [];
    /// <summary>When the file was last changed, as the host saw it (the core never asks the file system); null when unknown.</summary>
    public DateOnly? LastModified { get; init; }
    /// <summary>The salary as parsed; null when the dossier has no salary field.</summary>
    public MoneyParseResult? SalaryValue { get; init; }
    /// <summary>The salary as a yearly range in the profile's currency; null when not stated or not convertible.</summary>
    public AnnualSalary? Salary { get; init; }
    public int Errors { get; init; }
    public int Warnings { get; init; }
    public int Infos { get; init; }
    /// <summary>The title, for findings about the whole dossier.</summary>
    public SummaryLocation? TitleLocation => Identity.TitleLocation;
    /// <summary>The Job ID field's value.</summary>
    public SummaryLocation? JobIdLocation => Identity.JobIdLocation;
    /// <summary>Cross-dossier rules silenced by a suppression comment where their finding would be.</summary>
    public IReadOnlyList<string> SuppressedCrossRules => Identity.SuppressedCrossRules;
    /// <summary>The config in force for the dossier (rule levels and profile); shared, not copied, between dossiers.</summary>
    public DossierConfig Config => Identity.Config;

    public Profile Profile => Config.Profile;

    /// <summary>The latest date the dossier records of its own progress: the application date or a dated line.</summary>
    public DateOnly? LatestDate => DatedLines.Count > 0 && (ApplicationDate is not { } applied || DatedLines[^1] > applied) ? DatedLines[^1] : ApplicationDate;

    /// <summary>When the dossier was last worked on: the later of <see cref="LastModified"/> and <see cref="LatestDate"/>.</summary>
    public DateOnly? LastTouched => (LastModified, LatestDate) switch
    {
        ({ } modified, { } latest) => modified > latest ? modified : latest,
        ({ } modified, null) => modified,
        (null, var latest) => latest,
    };

    /// <summary>"Company – Position", or the file name when the dossier names neither.</summary>
    public string DisplayName => (Company, Position) switch
    {
        ({ } company, { } position) => $"{company} – {position}",
        ({ } company, null) => company,
        (null, { } position) => position,
        _ => System.IO.Path.GetFileNameWithoutExtension(Path),
    };
}
