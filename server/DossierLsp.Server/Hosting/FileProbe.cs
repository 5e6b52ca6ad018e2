using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace DossierLsp.Server.Hosting;

/// <summary>What a path names.</summary>
internal enum FileType
{
    Missing,
    Regular,
    Directory,
    Other,
}

/// <summary>
/// The type and size of a file, asked of the operating system without opening it (opening a FIFO blocks until a writer
/// comes, opening a device can act on it), following symbolic links; and the same of a file already open. On every Unix
/// (Linux, macOS, the BSDs) through the .NET runtime's own <c>SystemNative_Stat</c> and <c>SystemNative_FStat</c>, which
/// fill one structure of the runtime's making, with the file type in portable bits, whatever the system's
/// <c>struct stat</c> looks like; so the path tested on Linux is the one taken everywhere. .NET has no public API for the
/// type (<c>UnixFileMode</c> is the permissions only). Windows has no FIFOs to block on: there only directories are told
/// apart before opening, and <see cref="BoundedFileReader"/> refuses a handle that is no file once opened.
/// </summary>
internal static unsafe partial class FileProbe
{
    // System.Native's FileStatus: int Flags, int Mode, uint Uid, uint Gid, long Size, then times and ids.
    private const int ModeOffset = 4, SizeOffset = 16, StatusBytes = 256;
    private const int TypeMask = 0xF000, RegularType = 0x8000, DirectoryType = 0x4000;
    private const int NoSuchFile = 2, NotADirectory = 20; // the same errno on every Unix

    /// <summary>What <paramref name="systemPath"/> (a <see cref="SystemPath"/>, on Unix) names.</summary>
    public static (FileType Kind, long Size) Of(byte[] systemPath)
    {
        byte* status = stackalloc byte[StatusBytes];
        if (Stat(systemPath, status) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            return NamesNothing(errno) ? (FileType.Missing, 0) : throw new IOException($"cannot inspect the file ({Marshal.GetPInvokeErrorMessage(errno)})");
        }
        return Read(status);
    }

    /// <summary>What <paramref name="handle"/> (on Unix) is open on: the file read, whatever its path names by now.</summary>
    public static (FileType Kind, long Size) Of(SafeFileHandle handle)
    {
        byte* status = stackalloc byte[StatusBytes];
        if (FStat(handle, status) != 0)
        {
            throw new IOException($"cannot inspect the file ({Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())})");
        }
        return Read(status);
    }

    /// <summary>Whether a call that failed with <paramref name="errno"/> found nothing at its path (on Unix).</summary>
    public static bool NamesNothing(int errno) => errno is NoSuchFile or NotADirectory;

    /// <summary>A path as Unix system calls take it: UTF-8, ending in a zero byte.</summary>
    public static byte[] SystemPath(string path)
    {
        byte[] bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, bytes);
        return bytes;
    }

    private static (FileType, long) Read(byte* status)
    {
        long size = *(long*)(status + SizeOffset);
        return (*(int*)(status + ModeOffset) & TypeMask) switch
        {
            RegularType => (FileType.Regular, size),
            DirectoryType => (FileType.Directory, 0),
            _ => (FileType.Other, 0),
        };
    }

    /// <summary>The path with every symbolic link and <c>..</c> resolved, or null when it does not exist.</summary>
    public static string? RealPath(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var info = new FileInfo(path);
            return info.Exists ? (info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName) : null;
        }
        byte[] resolved = new byte[4096];
        return RealPathNative(SystemPath(path), resolved) == IntPtr.Zero
            ? null
            : Encoding.UTF8.GetString(resolved, 0, Array.IndexOf(resolved, (byte)0));
    }

    /// <summary>What <paramref name="path"/> names, on Windows.</summary>
    public static (FileType Kind, long Size) OnWindows(string path)
    {
        var info = new FileInfo(path);
        if (info.ResolveLinkTarget(returnFinalTarget: true) is FileSystemInfo target)
        {
            info = new FileInfo(target.FullName);
        }
        if (Directory.Exists(info.FullName))
        {
            return (FileType.Directory, 0);
        }
        if (!info.Exists)
        {
            return (FileType.Missing, 0);
        }
        return info.Attributes.HasFlag(FileAttributes.Device) ? (FileType.Other, 0) : (FileType.Regular, info.Length);
    }

    // Part of every .NET runtime on Unix (linked into a NativeAOT executable).
    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static partial int Stat(byte[] path, byte* status);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_FStat", SetLastError = true)]
    private static partial int FStat(SafeFileHandle handle, byte* status);

    [LibraryImport("libc", EntryPoint = "realpath", SetLastError = true)]
    private static partial IntPtr RealPathNative(byte[] path, byte[] resolved);
}
