using System.Runtime.InteropServices;
using System.Text;

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
/// comes), following symbolic links. On every Unix (Linux, macOS, the BSDs) through the .NET runtime's own
/// <c>SystemNative_Stat</c>, which fills one structure of the runtime's making, with the file type in portable bits,
/// whatever the system's <c>struct stat</c> looks like; so the path tested on Linux is the one taken everywhere. .NET
/// has no public API for the type (<c>UnixFileMode</c> is the permissions only). Windows has no FIFOs to block on:
/// there only directories are told apart before opening, and <see cref="BoundedFileReader"/> refuses a handle that is
/// no file once opened.
/// </summary>
internal static partial class FileProbe
{
    // System.Native's FileStatus: int Flags, int Mode, uint Uid, uint Gid, long Size, then times and ids.
    private const int ModeOffset = 4, SizeOffset = 16, StatusBytes = 256;
    private const int TypeMask = 0xF000, RegularType = 0x8000, DirectoryType = 0x4000;
    private const int NoSuchFile = 2, NotADirectory = 20; // the same errno on every Unix

    public static (FileType Kind, long Size) Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return OnWindows(path);
        }
        byte[] status = new byte[StatusBytes];
        if (Stat(NullTerminated(path), status) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            return errno is NoSuchFile or NotADirectory ? (FileType.Missing, 0) : throw new IOException($"cannot inspect the file ({Marshal.GetPInvokeErrorMessage(errno)})");
        }
        long size = BitConverter.ToInt64(status, SizeOffset);
        return (BitConverter.ToInt32(status, ModeOffset) & TypeMask) switch
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
        return RealPathNative(NullTerminated(path), resolved) == IntPtr.Zero
            ? null
            : Encoding.UTF8.GetString(resolved, 0, Array.IndexOf(resolved, (byte)0));
    }

    private static (FileType, long) OnWindows(string path)
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

    private static byte[] NullTerminated(string path) => Encoding.UTF8.GetBytes(path + "\0");

    // Part of every .NET runtime on Unix (linked into a NativeAOT executable).
    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static partial int Stat(byte[] path, byte[] status);

    [LibraryImport("libc", EntryPoint = "realpath", SetLastError = true)]
    private static partial IntPtr RealPathNative(byte[] path, byte[] resolved);
}
