namespace DossierLsp.Core.Config;

/// <summary>A profile value in force, for <c>--explain</c>: its name under <c>profile.</c>, its value as text, where it came from.</summary>
public sealed record ProfileSetting(string Name, string Value, ValueSource Source);
