using System.Text.Json.Serialization.Metadata;

namespace DossierLsp.Server.Protocol;

/// <summary>
/// What a client's parameters must hold for the server to read them. The members that say which document and where
/// (a URI, a position, a range, a text) are required and may not be null: a request without them gets LSP's
/// InvalidParams (-32602) before its handler runs, instead of failing inside it. Everything else is read leniently, as
/// clients differ: a member missing or null is taken as absent. Nothing is checked when the server writes.
/// </summary>
internal static class ParameterContracts
{
    private static readonly HashSet<Type> Strict =
    [
        typeof(Position), typeof(Range), typeof(TextDocumentIdentifier), typeof(TextDocumentItem), typeof(VersionedTextDocumentIdentifier),
        typeof(TextDocumentContentChangeEvent), typeof(TextDocumentPositionParams), typeof(TextDocumentParams), typeof(RangeParams),
        typeof(CodeActionParams), typeof(DidOpenTextDocumentParams), typeof(DidChangeTextDocumentParams), typeof(DidCloseTextDocumentParams),
    ];

    /// <summary>A modifier for the formatter's resolver, used with <c>RespectNullableAnnotations</c>.</summary>
    public static void Apply(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }
        bool strict = Strict.Contains(info.Type);
        foreach (JsonPropertyInfo property in info.Properties)
        {
            if (!property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null)
            {
                property.IsGetNullable = true;
                property.IsSetNullable |= !strict;
            }
            if (strict && property.AssociatedParameter is { HasDefaultValue: false, IsNullable: false })
            {
                property.IsRequired = true;
            }
        }
    }
}
