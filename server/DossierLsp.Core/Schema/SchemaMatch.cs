namespace DossierLsp.Core.Schema;

/// <summary>A schema section or field matched by a name written in a dossier: how closely, and which of its names.</summary>
public sealed record SchemaMatch<T>(T Spec, NameMatchKind Kind, string Name) where T : class;
