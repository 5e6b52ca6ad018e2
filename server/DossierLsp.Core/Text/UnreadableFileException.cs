namespace DossierLsp.Core.Text;

/// <summary>A file the host refused to read or decode (not a regular file, over the size cap, not UTF-8), with where in it.</summary>
public sealed class UnreadableFileException(string message, int line, int column) : IOException(message)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}
