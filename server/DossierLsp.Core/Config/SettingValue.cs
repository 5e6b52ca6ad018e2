namespace DossierLsp.Core.Config;

/// <summary>
/// One editor setting's value as the host found it (the host only converts JSON, it judges nothing): the profile key
/// the setting belongs to decides whether it takes a value of that shape.
/// </summary>
public abstract record SettingValue
{
    private SettingValue()
    {
    }

    public sealed record Number(decimal Value) : SettingValue;

    public sealed record Text(string Value) : SettingValue;

    /// <summary>A list, holding only its text items.</summary>
    public sealed record TextList(IReadOnlyList<string> Items) : SettingValue;
}
