namespace DossierLsp.Core.Language.ConfigFile;

/// <summary>
/// Which of the files <see cref="Config.ConfigLoader"/> reads is open: a workspace config, or a profile file, whose
/// top level is the profile mapping (or one <c>profile:</c> key holding it).
/// </summary>
public enum ConfigFileKind { Workspace, Profile }
