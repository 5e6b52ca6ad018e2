namespace DossierLsp.Core.Config;

/// <summary>One include glob, optionally tied to a schema.</summary>
public sealed record IncludePattern(string Glob, string? Schema);
