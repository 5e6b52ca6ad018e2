using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace DossierLsp.Server.Hosting;

/// <summary>
/// The one way the tool reads a file (dossier, config, schema, profile): only a regular file, never a device, FIFO, socket
/// or directory; its size checked against a cap before anything is read, and no more than the cap read even if it grows;
/// decoded as strict UTF-8. Shared by <see cref="FileSystemConfigHost"/> and the CLI.
/// </summary>
public static class BoundedFileReader
{
    /// <summary>Larger than any dossier the parser checks (<c>DossierParser.MaxLength</c> characters).</summary>
    public const int MaxDossierBytes = 8 * 1024 * 1024;

    /// <summary>Config, profile and schema files: room for the YAML reader's character limit in any script.</summary>
    public const int MaxYamlBytes = 4 * 1024 * 1024;

    /// <summary>A dossier named on a command line or found by discovery: its text, or why it cannot be read (a missing file too).</summary>
    public static TextDecoding.Decoded ReadDossier(string path) =>
        Read(path, MaxDossierBytes) ?? Refuse("the file does not exist");

    /// <summary>The decoded file, or null when nothing exists at <paramref name="path"/>. Throws nothing for a bad file: the result carries the error.</summary>
    public static TextDecoding.Decoded? Read(string path, int maxBytes)
    {
        try
        {
            var (type, size) = FileProbe.Of(path);
            return type switch
            {
                FileType.Missing => null,
                FileType.Directory => Refuse("it is a directory, not a file"),
                FileType.Other => Refuse(NotRegular),
                _ when size > maxBytes => Refuse(TooLarge(size, maxBytes)),
                _ => ReadAtMost(path, maxBytes) ?? Refuse($"the file grew past {maxBytes:N0} bytes while being read; at most that is read"),
            };
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return Refuse(NotRegular);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refuse($"cannot read the file: {e.Message}");
        }
    }

    private const string NotRegular = "it is not a regular file (a device, FIFO or socket); only regular files are read";

    private static TextDecoding.Decoded? ReadAtMost(string path, int maxBytes)
    {
        using SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return ReadAtMost(handle, maxBytes);
    }

    /// <summary>
    /// The file's text, or null when it holds more than <paramref name="maxBytes"/> (it grew since it was inspected).
    /// Throws NotSupportedException for a handle that is no file (a pipe, socket or terminal: it cannot seek), which
    /// the probe could not tell apart (on Windows) or which replaced the file after it was probed.
    /// The bytes go through a pooled buffer: a folder of dossiers is read file after file, and only the text is kept.
    /// </summary>
    internal static TextDecoding.Decoded? ReadAtMost(SafeFileHandle handle, int maxBytes)
    {
        long length = RandomAccess.GetLength(handle);
        byte[] buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(length, maxBytes) + 1);
        try
        {
            int total = 0;
            while (true)
            {
                if (total > maxBytes)
                {
                    return null;
                }
                if (total == buffer.Length)
                {
                    buffer = Grown(buffer, maxBytes + 1);
                }
                int read = RandomAccess.Read(handle, buffer.AsSpan(total, Math.Min(buffer.Length, maxBytes + 1) - total), total);
                if (read == 0)
                {
                    return TextDecoding.Decode(buffer.AsSpan(0, total));
                }
                total += read;
                // All the length the handle had, from a read with room for more: that is the end, no read needed to see
                // it. A file that grew since fills more and is read on.
                if (total == length && total <= maxBytes)
                {
                    return TextDecoding.Decode(buffer.AsSpan(0, total));
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A pooled buffer twice as large (at most <paramref name="limit"/>) holding the full one's bytes; the full one goes back to the pool.</summary>
    private static byte[] Grown(byte[] full, int limit)
    {
        byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Min(full.Length * 2, limit));
        full.CopyTo(larger, 0);
        ArrayPool<byte>.Shared.Return(full);
        return larger;
    }

    private static string TooLarge(long size, int maxBytes) => $"the file is {size:N0} bytes; at most {maxBytes:N0} are read";

    private static TextDecoding.Decoded Refuse(string message) => new(null, false, message, 1, 1);
}
