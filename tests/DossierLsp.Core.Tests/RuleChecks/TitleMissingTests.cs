using DossierLsp.Core.Analysis;
using DossierLsp.Core.Tests.Support;

namespace DossierLsp.Core.Tests.RuleChecks;

public sealed class TitleMissingTests
{
    // Fixture files lose their byte-order mark in File.ReadAllText, so this case is built in memory.
    [Fact]
    public void Title_fix_goes_after_a_byte_order_mark()
    {
        string text = "\uFEFF## Job Details\n- **Company**: Acme\n- **Position**: Engineer\n- **Application Status**: RESEARCHING\n\n## Job Description\nx\n\n## Requirements\n- y\n";
        var analysis = Dossiers.Analyze(text, "rules: { section-recommended: off }");
        Finding finding = Assert.Single(analysis.Findings);
        Assert.Equal("title-missing", finding.RuleId);

        string fixedText = Dossiers.Apply(text, finding.Fixes.Single(f => f.IsPreferred).Edits);

        Assert.StartsWith("\uFEFF# Job Application: Acme - Engineer\n\n## Job Details", fixedText, StringComparison.Ordinal);
        Assert.Empty(Dossiers.Analyze(fixedText, "rules: { section-recommended: off }").Findings);
    }
}
