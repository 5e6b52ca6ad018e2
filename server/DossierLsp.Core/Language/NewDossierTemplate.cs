using System.Text;
using DossierLsp.Core.Analysis;
using DossierLsp.Core.Schema;

namespace DossierLsp.Core.Language;

/// <summary>A new dossier as plain text and as an LSP/VS Code snippet with a tab stop on each value still to fill.</summary>
public sealed record NewDossierText(string Text, string Snippet);

/// <summary>
/// A new dossier for a schema: title, every field, the required and recommended sections. Values the user must
/// still fill (location, job id, dates, salary, section bodies) are tab stops whose default is the field's
/// placeholder; no date is made up.
/// </summary>
internal static class NewDossierTemplate
{
    /// <summary>Literal text, or a tab stop with its default text.</summary>
    private readonly record struct Piece(string Text, bool IsStop);

    public static NewDossierText Create(DossierSchema schema, string company, string position)
    {
        List<Piece> pieces = Pieces(schema, company, position);
        var text = new StringBuilder();
        var snippet = new StringBuilder();
        int stop = 0;
        foreach (Piece piece in pieces)
        {
            text.Append(piece.Text);
            snippet.Append(piece.IsStop ? $"${{{++stop}:{Snippet.Escape(piece.Text)}}}" : Snippet.Escape(piece.Text));
        }
        return new NewDossierText(text.ToString(), snippet.Append("$0").ToString());
    }

    private static List<Piece> Pieces(DossierSchema schema, string company, string position)
    {
        const string nl = "\n";
        string title = (schema.Title?.Example ?? "<Company> - <Position>")
            .Replace("<Company>", company, StringComparison.OrdinalIgnoreCase)
            .Replace("<Position>", position, StringComparison.OrdinalIgnoreCase);
        var pieces = new List<Piece> { new($"# {title}{nl}", false) };
        foreach (SectionSpec section in schema.Sections.Where(s => s.Requirement != Requirement.Optional))
        {
            pieces.Add(new($"{nl}## {section.Heading}{nl}", false));
            if (section.Matches(schema.FieldsSection))
            {
                foreach (FieldSpec field in schema.Fields)
                {
                    pieces.Add(new(DocumentEdits.FieldLine(field.Key, ""), false));
                    pieces.Add(KnownValue(schema, field, company, position) is { } value ? new(value, false) : new(field.Placeholders.FirstOrDefault() ?? "", true));
                    pieces.Add(new(nl, false));
                }
            }
            else
            {
                // The body to write: the section's template (a list to start, a sentence to finish), else nothing.
                pieces.Add(new(section.TemplateBody(nl), false));
                pieces.Add(new("", true));
                pieces.Add(new(nl, false));
            }
        }
        return pieces;
    }

    private static string? KnownValue(DossierSchema schema, FieldSpec field, string company, string position) => field.Role switch
    {
        FieldRole.Company => company,
        FieldRole.Position => position,
        FieldRole.Status when schema.EnumOf(field) is { Values.Count: > 0 } e => e.Values[0].Value,
        _ => null,
    };
}
