using DossierLsp.Core.Yaml;

namespace DossierLsp.Core.Config;

/// <summary>One key of the profile: how its value in a config or profile file is read, and how the value in force is shown.</summary>
internal sealed record ProfileKey(string Name, Func<YamlValueReader, YamlNode, Profile, Profile> Read, Func<Profile, IEnumerable<ProfileSetting>> InForce);
