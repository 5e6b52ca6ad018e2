namespace DossierLsp.Core.Config;

/// <summary>A configured value and where it came from.</summary>
public sealed record Sourced<T>(T Value, ValueSource Source);
