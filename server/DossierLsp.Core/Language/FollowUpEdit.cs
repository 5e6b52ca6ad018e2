using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;
using DossierLsp.Core.Text;
using DossierLsp.Core.Workspace;

namespace DossierLsp.Core.Language;

/// <summary>"Add a follow-up": a dated line at the end of the Notes section, which the summary then reads as the latest contact.</summary>
internal static class FollowUpEdit
{
    public const string NotesHeading = "Notes";

    public static CodeFix? AddFollowUp(DocumentAnalysis analysis, DateOnly today)
    {
        if (analysis.Bound is not { } document)
        {
            return null;
        }
        SourceText source = document.Document.Source;
        string nl = source.PreferredLineBreak;
        string line = $"- {DocumentDates.Today(document, today)}: Followed up";
        BoundSection? notes = document.Sections.LastOrDefault(s => NameMatch.Equal(s.Section.Heading.Text, NotesHeading) || s.Spec?.Matches(NotesHeading) == true);
        TextEdit edit = notes is null
            ? AppendNotesSection(source, line, nl)
            : InsertAtEndOfSection(source, notes.Section.Span, notes.Section.Heading.Span, line, nl);
        return new CodeFix("Add a dated follow-up line to Notes", [edit]);
    }

    private static TextEdit InsertAtEndOfSection(SourceText source, TextSpan section, TextSpan heading, string line, string nl)
    {
        // After the section's last line that has text, so blank lines before the next heading stay where they are.
        int last = source.GetLineFromOffset(heading.Start);
        for (int i = last + 1; i < source.LineCount && source.GetLineStart(i) < section.End; i++)
        {
            if (!string.IsNullOrWhiteSpace(source.GetLineText(i)))
            {
                last = i;
            }
        }
        int end = source.GetLineEndIncludingBreak(last);
        bool terminated = end > source.GetLineEnd(last);
        return new TextEdit(new TextSpan(end, 0), terminated ? line + nl : nl + line);
    }

    private static TextEdit AppendNotesSection(SourceText source, string line, string nl)
    {
        string text = source.Text;
        string prefix = text.Length == 0 ? "" : text.EndsWith(nl + nl, StringComparison.Ordinal) ? "" : text.EndsWith(nl, StringComparison.Ordinal) ? nl : nl + nl;
        return new TextEdit(new TextSpan(text.Length, 0), $"{prefix}## {NotesHeading}{nl}{nl}{line}{nl}");
    }
}
