using System.Buffers;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace DossierLsp.Server.Hosting;

/// <summary>
/// The one way the tool reads a file (dossier, config, schema, profile): only a regular file, never a device, FIFO, socket
/// or directory; its size checked against a cap before anything is read, and no more than the cap read even if it grows;
/// decoded as strict UTF-8. Shared by <see cref="FileSystemConfigHost"/> and the CLI.
/// </summary>
public static partial class BoundedFileReader
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
            // On Unix the path is encoded once, for the probe and the open.
            byte[]? systemPath = OperatingSystem.IsWindows() ? null : FileProbe.SystemPath(path);
            var (type, size) = systemPath is null ? FileProbe.OnWindows(path) : FileProbe.Of(systemPath);
            return type switch
            {
                FileType.Missing => null,
                FileType.Directory => Refuse("it is a directory, not a file"),
                FileType.Other => Refuse(NotRegular),
                _ when size > maxBytes => Refuse(TooLarge(size, maxBytes)),
                _ => ReadAtMost(path, systemPath, maxBytes) ?? Refuse($"the file grew past {maxBytes:N0} bytes while being read; at most that is read"),
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

    /// <summary>The file at <paramref name="path"/> (a <see cref="FileProbe.SystemPath"/> on Unix, else null), opened and read whatever it is now: after the probe.</summary>
    internal static TextDecoding.Decoded? ReadAtMost(string path, byte[]? systemPath, int maxBytes)
    {
        using SafeFileHandle handle = systemPath is not null && (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
            ? OpenWithoutBlocking(systemPath, path)
            : File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return ReadAtMost(handle, maxBytes);
    }

    /// <summary>
    /// The probe, before this, keeps devices and FIFOs that sit at the path from being opened at all (opening a device
    /// can act on it: a tape rewinds, a watchdog arms). What replaces the file between the probe and this open cannot
    /// block it: O_NONBLOCK opens a FIFO at once (and changes nothing for a regular file), O_NOCTTY never makes a
    /// terminal the process's own, and <see cref="ReadAtMost(SafeFileHandle, int)"/> then refuses whatever is no regular
    /// file. Unlike <see cref="File.OpenHandle"/>, it takes no advisory lock (flock, and its release on close) and makes
    /// no fstat of its own: ReadAtMost's one fstat both checks the type and gives the length.
    /// </summary>
    private static SafeFileHandle OpenWithoutBlocking(byte[] systemPath, string path)
    {
        int descriptor = Open(systemPath, OperatingSystem.IsMacOS() ? MacOSReadFlags : LinuxReadFlags);
        if (descriptor < 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            // As File.OpenHandle words them.
            throw errno switch
            {
                _ when FileProbe.NamesNothing(errno) => new FileNotFoundException($"Could not find file '{path}'."),
                NotPermitted or PermissionDenied => new UnauthorizedAccessException($"Access to the path '{path}' is denied."),
                _ => new IOException($"{Marshal.GetPInvokeErrorMessage(errno)} : '{path}'"),
            };
        }
        return new SafeFileHandle(descriptor, ownsHandle: true);
    }

    // O_RDONLY (0) | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, whose values differ between the systems (the BSDs take File.OpenHandle).
    private const int LinuxReadFlags = 0x800 | 0x100 | 0x80000, MacOSReadFlags = 0x4 | 0x20000 | 0x1000000;
    private const int NotPermitted = 1, PermissionDenied = 13; // the same errno on Linux and macOS

    /// <summary>
    /// The file's text, or null when it holds more than <paramref name="maxBytes"/> (it grew since it was inspected).
    /// Throws NotSupportedException for a handle that is no regular file (on Windows: one that cannot seek, a pipe,
    /// socket or terminal), which the probe could not tell apart (on Windows) or which replaced the file after it was
    /// probed. The bytes go through a pooled buffer: a folder of dossiers is read file after file, and only the text is kept.
    /// </summary>
    internal static TextDecoding.Decoded? ReadAtMost(SafeFileHandle handle, int maxBytes)
    {
        long length = RegularFileLength(handle);
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
                int read = ReadAt(handle, buffer.AsSpan(total, Math.Min(buffer.Length, maxBytes + 1) - total), total);
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

    private static long RegularFileLength(SafeFileHandle handle)
    {
        if (OperatingSystem.IsWindows())
        {
            return RandomAccess.GetLength(handle); // NotSupportedException when the handle cannot seek
        }
        var (type, size) = FileProbe.Of(handle);
        return type == FileType.Regular ? size : throw new NotSupportedException(NotRegular);
    }

    /// <summary>
    /// On Unix straight to pread(2) through the runtime's own <c>SystemNative_PRead</c>: the handle is a regular file by
    /// now, and <see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/> would first seek to find out whether
    /// it can (one more system call for every handle it did not open itself).
    /// </summary>
    private static unsafe int ReadAt(SafeFileHandle handle, Span<byte> into, long offset)
    {
        if (OperatingSystem.IsWindows())
        {
            return RandomAccess.Read(handle, into, offset);
        }
        fixed (byte* start = into)
        {
            int read = PRead(handle, start, into.Length, offset);
            return read >= 0 ? read : throw new IOException(Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()));
        }
    }

    // open(2) is variadic; its third argument, the mode, is read only with O_CREAT.
    [LibraryImport("libc", EntryPoint = "open", SetLastError = true)]
    private static partial int Open(byte[] path, int flags);

    // Part of every .NET runtime on Unix (linked into a NativeAOT executable).
    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_PRead", SetLastError = true)]
    private static unsafe partial int PRead(SafeFileHandle handle, byte* buffer, int count, long offset);

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
