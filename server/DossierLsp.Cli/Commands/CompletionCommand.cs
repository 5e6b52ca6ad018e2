using System.CommandLine;

namespace DossierLsp.Cli.Commands;

/// <summary>
/// <c>dossier completion SHELL</c>: a script that asks <c>dossier</c> itself for completions through System.CommandLine's
/// <c>[suggest:POSITION]</c> directive, so commands and options added later complete without a new script.
/// </summary>
internal static class CompletionCommand
{
    private static readonly Dictionary<string, string> Scripts = new(StringComparer.Ordinal)
    {
        ["bash"] = """
            # dossier completion for bash: add `source <(dossier completion bash)` to ~/.bashrc
            _dossier_complete() {
              local IFS=$'\n'
              COMPREPLY=($(compgen -W "$(dossier "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}"))
            }
            complete -o default -F _dossier_complete dossier
            """,
        ["zsh"] = """
            # dossier completion for zsh: add `source <(dossier completion zsh)` to ~/.zshrc (after compinit)
            _dossier_complete() {
              local -a suggestions
              suggestions=("${(@f)$(dossier "[suggest:${CURSOR}]" "${BUFFER}" 2>/dev/null)}")
              compadd -a suggestions
            }
            compdef _dossier_complete dossier
            """,
        ["fish"] = """
            # dossier completion for fish: dossier completion fish > ~/.config/fish/completions/dossier.fish
            complete -c dossier -f -a '(dossier "[suggest:"(string length -- (commandline -cp))"]" (commandline -cp) 2>/dev/null)'
            """,
        ["pwsh"] = """
            # dossier completion for PowerShell: add `dossier completion pwsh | Out-String | Invoke-Expression` to $PROFILE
            Register-ArgumentCompleter -Native -CommandName dossier -ScriptBlock {
                param($wordToComplete, $commandAst, $cursorPosition)
                dossier "[suggest:$cursorPosition]" "$commandAst" 2>$null | ForEach-Object {
                    [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
                }
            }
            """,
    };

    public static Command Create()
    {
        var shell = new Argument<string>("SHELL") { Description = "bash, zsh, fish or pwsh." };
        shell.AcceptOnlyFromAmong([.. Scripts.Keys]);
        var command = new Command("completion", "Print a shell completion script.") { shell };
        command.SetAction(parse =>
        {
            Console.Out.WriteLine(Scripts[parse.GetValue(shell)!]);
            return ExitCodes.Clean;
        });
        return command;
    }
}
