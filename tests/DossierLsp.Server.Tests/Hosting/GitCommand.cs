using System.Diagnostics;

namespace DossierLsp.Server.Tests.Hosting;

/// <summary>Real git, the reference the ignore-file tests check against.</summary>
internal static class GitCommand
{
    /// <summary>Runs git in <paramref name="folder"/> with <paramref name="input"/> on stdin; its stdout. Exit code 1 (nothing matched) is not a failure.</summary>
    public static string Run(string folder, string arguments, string input, Action<IDictionary<string, string?>>? environment = null)
    {
        var start = new ProcessStartInfo("git", $"-c core.ignoreCase=false {arguments}")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        environment?.Invoke(start.Environment);
        using Process git = Process.Start(start)!;
        git.StandardInput.Write(input);
        git.StandardInput.Close();
        string output = git.StandardOutput.ReadToEnd();
        string errors = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode is 0 or 1, $"git {arguments} failed: {errors}");
        return output;
    }
}
