namespace DossierLsp.Core.Tests.Fuzz;

/// <summary>How many generated cases a fuzz test runs: DOSSIER_FUZZ_CASES when set (long campaigns), else the CI count.</summary>
internal static class FuzzCases
{
    public static long Count(long inCi) =>
        long.TryParse(Environment.GetEnvironmentVariable("DOSSIER_FUZZ_CASES"), out long asked) && asked > 0 ? asked : inCi;
}
