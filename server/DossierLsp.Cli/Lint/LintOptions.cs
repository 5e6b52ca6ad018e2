using DossierLsp.Cli.Output;

namespace DossierLsp.Cli.Lint;

internal enum FixMode { None, Apply, DryRun }

/// <summary>What <c>dossier lint</c> was asked to do, after parsing and defaults.</summary>
internal sealed record LintOptions(
    IReadOnlyList<string> Paths,
    string? Config,
    ReportFormat Format,
    string? Output,
    int? MaxWarnings,
    bool Quiet,
    bool Explain,
    FixMode Fix,
    bool OnlyDossiers,
    bool Redact,
    bool NoIgnore);
