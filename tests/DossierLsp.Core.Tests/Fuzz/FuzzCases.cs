using CsCheck;

namespace DossierLsp.Core.Tests.Fuzz;

/// <summary>
/// How the property tests draw their cases: from CsCheck generators, driven by one PCG seeded with a pinned CsCheck
/// seed string, so CI runs the same cases every time. CsCheck's own <c>Sample</c> is not used because its
/// <c>seed</c> (and <c>CsCheck_Seed</c>) fixes only the first iteration; the rest come from a per-thread PCG seeded by
/// the clock. For long campaigns: <c>DOSSIER_FUZZ_CASES=N</c> sets the number of cases of each property and
/// <c>DOSSIER_FUZZ_SEED</c> a seed to start from (<c>random</c> for a fresh one). A failure names the seed of the
/// failing case: <c>DOSSIER_FUZZ_SEED=that DOSSIER_FUZZ_CASES=1</c> replays it alone.
/// </summary>
internal static class FuzzCases
{
    /// <summary>Any CsCheck seed string would do; this one is CI's.</summary>
    public const string PinnedSeed = "0000dossier0";

    /// <summary>Seeds for the mutations and edit sequences: uniform, as every seed gives an unrelated case (CsCheck's <c>Gen.Int</c> favours small numbers).</summary>
    public static readonly Gen<int> Seeds = Gen.Int[0, int.MaxValue];

    public static long Count(long inCi) =>
        long.TryParse(Environment.GetEnvironmentVariable("DOSSIER_FUZZ_CASES"), out long asked) && asked > 0 ? asked : inCi;

    /// <summary>The seed the cases are drawn from: DOSSIER_FUZZ_SEED, a fresh one for "random", else the pinned one.</summary>
    public static string Seed => Environment.GetEnvironmentVariable("DOSSIER_FUZZ_SEED") switch
    {
        null or "" => PinnedSeed,
        "random" => new PCG((uint)Random.Shared.Next(), (ulong)Random.Shared.NextInt64()).ToString(),
        string asked => asked,
    };

    /// <summary>Checks <paramref name="property"/> on <see cref="Count"/> cases of <paramref name="gen"/>, one after another.</summary>
    public static void Check<T>(Gen<T> gen, long inCi, Action<T> property, Func<T, string> print) =>
        CheckAsync(gen, inCi, value => { property(value); return Task.CompletedTask; }, print).GetAwaiter().GetResult();

    public static async Task CheckAsync<T>(Gen<T> gen, long inCi, Func<T, Task> property, Func<T, string> print)
    {
        string seed = Seed;
        PCG pcg = PCG.Parse(seed);
        long cases = Count(inCi);
        for (long i = 0; i < cases; i++)
        {
            ulong state = pcg.State;
            T value = gen.Generate(pcg, null, out _);
            try
            {
                await property(value);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException(
                    $"case {i:N0} of seed {seed} failed; replay it alone with DOSSIER_FUZZ_SEED={pcg.ToString(state)} DOSSIER_FUZZ_CASES=1\n{print(value)}\n{e.Message}", e);
            }
        }
    }
}
