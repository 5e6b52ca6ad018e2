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
/// comes), following symbolic links, from <c>statx(2)</c> on Linux (whose layout is the same on every
/// architecture). Elsewhere .NET offers no way to tell a device or FIFO from a file, so only directories are told apart there.
/// </summary>
internal static partial class FileProbe
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1, StatxSize = 0x200;
    private const int ModeOffset = 28, SizeOffset = 40, StatxBytes = 256;
    private const int TypeMask = 0xF000, RegularType = 0x8000, DirectoryType = 0x4000;

    public static (FileType Kind, long Size) Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return Portable(path);
        }
        byte[] buffer = new byte[StatxBytes];
        if (Statx(AtFdCwd, NullTerminated(path), 0, StatxType | StatxSize, buffer) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            return errno is 2 or 20 ? (FileType.Missing, 0) : throw new IOException($"cannot inspect the file ({Marshal.GetPInvokeErrorMessage(errno)})");
        }
        int type = BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask;
        long size = BitConverter.ToInt64(buffer, SizeOffset);
        return type switch
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

    private static (FileType, long) Portable(string path)
    {
        if (Directory.Exists(path))
        {
            return (FileType.Directory, 0);
        }
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return (FileType.Missing, 0);
        }
        return info.Attributes.HasFlag(FileAttributes.Device) ? (FileType.Other, 0) : (FileType.Regular, info.Length);
    }

    private static byte[] NullTerminated(string path) => Encoding.UTF8.GetBytes(path + "\0");

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static partial int Statx(int directory, byte[] path, int flags, uint mask, byte[] buffer);

    [LibraryImport("libc", EntryPoint = "realpath", SetLastError = true)]
    private static partial IntPtr RealPathNative(byte[] path, byte[] resolved);
}
