namespace DossierLsp.Server;

/// <summary>The commands the server executes (<c>workspace/executeCommand</c>), with their arguments.</summary>
internal static class Commands
{
    /// <summary><c>[uri, status]</c> (or <c>[uri]</c>: the user picks it through window/showMessageRequest): sets the status (and the dates it requires) through workspace/applyEdit.</summary>
    public const string SetStatus = "dossier.setStatus";
    /// <summary><c>[uri]</c>: adds a follow-up note (the title lens's action) through workspace/applyEdit.</summary>
    public const string AddFollowUp = "dossier.addFollowUp";
    /// <summary><c>[uri]</c>: applies every automatic fix, as <c>dossier lint --fix</c> does, through workspace/applyEdit.</summary>
    public const string FixAll = "dossier.fixAll";
    /// <summary><c>[label, workspaceEdit]</c>: a code action for a client without code action literals.</summary>
    public const string ApplyEdit = "dossier.applyEdit";
    /// <summary><c>[uri, line, column]</c>: opens a file (the config that sets the minimum) through window/showDocument.</summary>
    public const string ShowDocument = "dossier.showDocument";

    public static readonly string[] All = [SetStatus, AddFollowUp, FixAll, ApplyEdit, ShowDocument];
}
