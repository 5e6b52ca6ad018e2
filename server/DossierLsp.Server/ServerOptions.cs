using DossierLsp.Core.Config;
using DossierLsp.Core.Text;
using DossierLsp.Server.Hosting;

namespace DossierLsp.Server;

/// <summary>What a test or the CLI can set when starting a server.</summary>
public sealed record ServerOptions
{
    public IConfigHost Host { get; init; } = FileSystemConfigHost.Instance;
    /// <summary>Lists the workspace folders for the index.</summary>
    public IDirectoryHost Directories { get; init; } = FileSystemConfigHost.Instance;
    public Func<DateOnly> Today { get; init; } = () => DateOnly.FromDateTime(DateTime.Now);
    /// <summary>A test seam: awaited by every request handler before it works, so a test can hold a request open.</summary>
    internal Func<string, CancellationToken, Task>? BeforeRequest { get; init; }
    /// <summary>A test seam: sees the server once it is wired, to compare its document store with a fresh open.</summary>
    internal Action<LanguageServer>? Started { get; init; }
    /// <summary>A test seam: called on the analysing thread before each analysis, so a test can count or hold analyses.</summary>
    internal Action<string, SourceText>? Analyzing { get; init; }
}
