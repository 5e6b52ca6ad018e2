using DossierLsp.Core.Analysis;
using DossierLsp.Core.Config;
using DossierLsp.Core.Document;
using DossierLsp.Core.Schema;

namespace DossierLsp.Core.Workspace;

/// <summary>
/// How much of a document a schema recognises, for files whose title does not match the schema's pattern: a file
/// that is clearly a dossier by its content is checked (and told why its title is not recognised); one that looks
/// nothing like a dossier is skipped.
/// </summary>
internal sealed record DossierContent(string Schema, bool VariantTitle, int Fields, int Sections)
{
    /// <summary>Fields or sections it takes, without a recognised title, to count as a dossier.</summary>
    private const int Enough = 2;

    public static DossierContent Of(DossierDocument document, DossierSchema schema, DossierConfig config)
    {
        BoundDocument bound = BoundDocument.Bind(document, schema, config);
        return new DossierContent(
            schema.Name,
            bound.TitleIsVariant,
            bound.Fields.Count(f => f.Spec is not null && f.Match != NameMatchKind.Misspelt),
            bound.Sections.Count(s => s.Spec is not null && s.Match != NameMatchKind.Misspelt));
    }

    public bool IsDossier => VariantTitle ? Fields + Sections > 0 : Fields >= Enough || Sections >= Enough;

    /// <summary>Why the file is or is not a dossier, for <c>--explain</c> and the "not a dossier" warning.</summary>
    public string Reason(Heading? title)
    {
        string content = $"{Count(Fields, "field")} and {Count(Sections, "section")} of schema '{Schema}'";
        string titleText = title is null ? "it has no title" : $"its title '{title.Text}' matches no schema's title";
        if (VariantTitle)
        {
            return IsDossier
                ? $"its title '{title!.Text}' is a variant of schema '{Schema}''s title, with {content}"
                : $"its title '{title!.Text}' is a variant of schema '{Schema}''s title, but it has no field or section of the schema";
        }
        return IsDossier
            ? $"its content looks like a dossier ({content}) though {titleText}"
            : $"no marker, no config glob, {titleText}, and it has only {content}";
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
