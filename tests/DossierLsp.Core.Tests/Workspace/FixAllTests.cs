using DossierLsp.Core.Analysis;
using DossierLsp.Core.Tests.Support;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;

namespace DossierLsp.Core.Tests.Workspace;

public sealed class FixAllTests
{
    private const string Miscased = """
        # Job Application: Acme - Engineer

        ## job details
        - **Company**: Acme 😀
        - **Position**: Engineer
        - **Application Status**: applied
        - **Application Date**: 2024-05-02

        ## Job Description
        Build things.

        ## Requirements
        - Things

        """;

    private static FixAllResult FixAllOf(string text)
    {
        DocumentAnalysis analysis = Dossiers.Analyze(text);
        return FixAll.Apply(analysis, fixedText => Dossiers.Analyze(fixedText.Text));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Applies_every_automatic_fix_and_its_one_edit_turns_the_original_into_the_result(string lineBreak)
    {
        string text = Miscased.Replace("\n", lineBreak);
        FixAllResult result = FixAllOf(text);
        Assert.Equal(2, result.Applied);
        Assert.Contains($"## Job Details{lineBreak}", result.Text.Text);
        Assert.Contains("**Application Status**: APPLIED", result.Text.Text);
        Assert.DoesNotContain(result.Analysis.Findings, f => f.Fixes.Any(x => x.IsAutomatic));

        TextEdit edit = Assert.IsType<TextEdit>(result.EditOf(new SourceText(text)));
        Assert.Equal(result.Text.Text, Dossiers.Apply(text, [edit]));
        // The edit spans only the changed middle: from the heading to the status.
        Assert.Equal(text.IndexOf("job details", StringComparison.Ordinal), edit.Span.Start);
    }

    [Fact]
    public void Nothing_to_fix_gives_no_edit()
    {
        string text = Miscased.Replace("## job details", "## Job Details").Replace("applied", "APPLIED");
        FixAllResult result = FixAllOf(text);
        Assert.Equal(0, result.Applied);
        Assert.Null(result.EditOf(new SourceText(text)));
    }

    [Theory]
    [InlineData("a😀b", "a😃b")]   // same high surrogate: the edit must take the whole pair
    [InlineData("x\r\ny", "x\ny")]   // the edit must not start between CR and LF
    [InlineData("x\r\n", "x\r\r\n")]
    public void The_edit_never_splits_a_surrogate_pair_or_a_line_break(string before, string after)
    {
        var result = new FixAllResult(new DocumentAnalysis { Text = new SourceText(after), AssociationReason = "", Findings = [], Today = Dossiers.Today }, 1);
        TextEdit edit = result.EditOf(new SourceText(before))!;
        Assert.Equal(after, Dossiers.Apply(before, [edit]));
        Assert.False(char.IsLowSurrogate(before[edit.Span.Start]) && edit.Span.Start > 0 && char.IsHighSurrogate(before[edit.Span.Start - 1]));
        Assert.False(edit.Span.Start > 0 && before[edit.Span.Start - 1] == '\r' && edit.Span.Start < before.Length && before[edit.Span.Start] == '\n');
        Assert.False(edit.Span.End > 0 && edit.Span.End < before.Length && char.IsHighSurrogate(before[edit.Span.End - 1]));
    }
}
