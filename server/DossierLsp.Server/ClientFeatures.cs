using System.Text.Json;
using DossierLsp.Server.Protocol;

namespace DossierLsp.Server;

/// <summary>
/// What the client declared at <c>initialize</c>, read once into the choices the conversions make: the one place a
/// handler or conversion learns whether it may send a snippet, Markdown, a kind, a code action literal, and so on.
/// Every default is what the specification assumes of a client that declares nothing.
/// </summary>
internal sealed record ClientFeatures
{
    /// <summary>The kinds every client knows when it lists none (Text … Folder).</summary>
    private static readonly IReadOnlySet<int> BaseCompletionKinds = Enumerable.Range(1, 18).ToHashSet();

    public static readonly ClientFeatures Default = From(null);

    public required PositionEncoding Encoding { get; init; }
    public bool Snippets { get; init; }
    /// <summary>"markdown" or "plaintext" (a MarkupContent), or null for a plain string.</summary>
    public string? CompletionDocumentationFormat { get; init; }
    public required IReadOnlySet<int> CompletionKinds { get; init; }
    public bool Preselect { get; init; }
    public string? HoverFormat { get; init; }
    public bool CodeActionLiterals { get; init; }
    public bool ApplyEdit { get; init; }
    public bool CodeDescription { get; init; }
    /// <summary>Diagnostics may carry <c>relatedInformation</c>; without it the message alone names the other file.</summary>
    public bool RelatedInformation { get; init; }
    public bool ShowDocument { get; init; }

    public static ClientFeatures From(ClientCapabilities? capabilities)
    {
        TextDocumentClientCapabilities? document = capabilities?.TextDocument;
        CompletionItemCapabilities? item = document?.Completion?.CompletionItem;
        return new ClientFeatures
        {
            Encoding = PositionEncoding.Negotiate(capabilities?.General?.PositionEncodings),
            Snippets = item?.SnippetSupport == true,
            CompletionDocumentationFormat = Preferred(item?.DocumentationFormat),
            CompletionKinds = document?.Completion?.CompletionItemKind?.ValueSet is { } kinds ? kinds.ToHashSet() : BaseCompletionKinds,
            Preselect = item?.PreselectSupport == true,
            HoverFormat = Preferred(document?.Hover?.ContentFormat),
            CodeActionLiterals = document?.CodeAction?.CodeActionLiteralSupport is { ValueKind: JsonValueKind.Object },
            ApplyEdit = capabilities?.Workspace?.ApplyEdit == true,
            CodeDescription = document?.PublishDiagnostics?.CodeDescriptionSupport == true,
            RelatedInformation = document?.PublishDiagnostics?.RelatedInformation == true
                || (document?.Diagnostic is { ValueKind: JsonValueKind.Object } pull && pull.TryGetProperty("relatedInformation", out JsonElement related) && related.ValueKind == JsonValueKind.True),
            ShowDocument = capabilities?.Window?.ShowDocument?.Support == true,
        };
    }

    /// <summary>Markdown when the client lists it, else plain text when it lists that, else null (a bare string).</summary>
    private static string? Preferred(string[]? formats) =>
        formats is null ? null : formats.Contains(MarkupKind.Markdown) ? MarkupKind.Markdown : formats.Contains(MarkupKind.PlainText) ? MarkupKind.PlainText : null;

    /// <summary><paramref name="kind"/> when the client knows it, else the first fallback it knows, else Text (1), else none.</summary>
    public int? CompletionKind(int kind, params int[] fallbacks) =>
        new[] { kind }.Concat(fallbacks).Append(1).Cast<int?>().FirstOrDefault(k => CompletionKinds.Contains(k!.Value));

    /// <summary>Markdown as the client can show it: a MarkupContent in its format, or a plain string.</summary>
    public object Markup(string markdown, string? format) => format switch
    {
        MarkupKind.Markdown => new MarkupContent(MarkupKind.Markdown, markdown),
        MarkupKind.PlainText => new MarkupContent(MarkupKind.PlainText, Core.Text.PlainText.FromMarkdown(markdown)),
        _ => Core.Text.PlainText.FromMarkdown(markdown),
    };
}
