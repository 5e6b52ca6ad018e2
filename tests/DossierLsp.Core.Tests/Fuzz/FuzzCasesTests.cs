using System.Text.RegularExpressions;
using CsCheck;

namespace DossierLsp.Core.Tests.Fuzz;

public sealed class FuzzCasesTests
{
    [Fact]
    public void A_failure_names_a_seed_that_replays_the_failing_case()
    {
        var drawn = new List<int>();
        int failing = (int)Math.Min(7, FuzzCases.Count(50));
        var failure = Assert.Throws<InvalidOperationException>(() => FuzzCases.Check(Gen.Int, 50, value =>
        {
            drawn.Add(value);
            Assert.NotEqual(failing, drawn.Count);
        }, value => $"value {value}"));

        Assert.Contains($"value {drawn[^1]}", failure.Message);
        string replay = Regex.Match(failure.Message, "DOSSIER_FUZZ_SEED=(\\S+)").Groups[1].Value;
        Assert.Equal(drawn[^1], Gen.Int.Generate(PCG.Parse(replay), null, out _));
    }
}
