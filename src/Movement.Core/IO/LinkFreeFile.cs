using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Movement.Core.IO;

/// <summary>
/// Opens an input file in one call that refuses a symbolic link anywhere along its path (Linux's openat2 with
/// RESOLVE_NO_SYMLINKS), so the common case, a path of real folders and a real file, needs no walk link by link.
/// </summary>
/// <remarks>
/// Checking a path's links one at a time and then opening it by name cost some ten calls a file (a readlink and an
/// lstat for each folder on the way, two stats, and .NET's advisory lock taken and released), at a microsecond or
/// more each on the VM of issue 20; with one walk of the folder instead of three, a 1,000-page build makes 36,000
/// calls instead of 47,000. The kernel's check is
/// also exact: nothing can swap a link in between the check and the open. Whatever this cannot answer (a link on
/// the way, an older kernel, a system other than Linux) is <see cref="LinkFreeAnswer.Unknown"/>, and the caller
/// follows the links itself as before.
/// </remarks>
public static partial class LinkFreeFile
{
    private const int SysOpenat2 = 437; // The same number on every architecture: added after the tables were unified.
    // Flags, errors and statx offsets as on every 64-bit architecture .NET runs on (statx's layout is the same on all).
    private const long ReadOnly = 0, NoControllingTerminal = 0x100, NonBlocking = 0x800, CloseOnExec = 0x80000, PathOnly = 0x200000;
    private const ulong NoSymlinks = 0x04, NoMagicLinks = 0x02;
    private const long CurrentFolder = -100;
    private const int EmptyPath = 0x1000, TypeAndSize = 0x1 | 0x200;
    private const int Interrupted = 4, NoEntry = 2, NotAFolder = 20, NameTooLong = 36;
    private const int ModeOffset = 28, SizeOffset = 40, StatxSize = 256, FileType = 0xF000, RegularFile = 0x8000;

    private static bool Direct => OperatingSystem.IsLinux() && Environment.Is64BitProcess;

    /// <summary>Reads the file at <paramref name="fullPath"/>, an absolute path whose folders are real ones.</summary>
    /// <param name="maxLength">A longer file is answered as no file, unread.</param>
    public static LinkFreeAnswer TryRead(string fullPath, out byte[] bytes, long maxLength = long.MaxValue)
    {
        bytes = [];
        var answer = Open(fullPath, ReadOnly | NonBlocking | NoControllingTerminal | CloseOnExec, out var handle);
        if (answer != LinkFreeAnswer.File)
        {
            return answer;
        }

        using (handle)
        {
            if (Describe(handle!) is not { } length || length > maxLength)
            {
                return LinkFreeAnswer.NotAFile;
            }

            var buffer = new byte[length];
            var read = 0;
            while (read < buffer.Length)
            {
                var count = Pread(handle!, buffer.AsSpan(read), buffer.Length - read, read);
                if (count < 0 && Marshal.GetLastPInvokeError() is var error and not Interrupted)
                {
                    throw new IOException($"{Marshal.GetPInvokeErrorMessage(error)}: '{fullPath}'", error);
                }

                if (count == 0)
                {
                    break;
                }

                read += (int)Math.Max(count, 0);
            }

            bytes = read == buffer.Length ? buffer : buffer[..read]; // Shortened meanwhile: what is there now.
            return LinkFreeAnswer.File;
        }
    }

    /// <summary>Whether a plain file is at <paramref name="fullPath"/>, and its length when it is.</summary>
    public static LinkFreeAnswer TryMeasure(string fullPath, out long length)
    {
        length = 0;
        var answer = Open(fullPath, PathOnly | CloseOnExec, out var handle);
        if (answer != LinkFreeAnswer.File)
        {
            return answer;
        }

        using (handle)
        {
            if (Describe(handle!) is not { } found)
            {
                return LinkFreeAnswer.NotAFile;
            }

            length = found;
            return LinkFreeAnswer.File;
        }
    }

    private static LinkFreeAnswer Open(string fullPath, long flags, out SafeFileHandle? handle)
    {
        handle = null;
        if (!Direct)
        {
            return LinkFreeAnswer.Unknown;
        }

        var how = new OpenHow { Flags = (ulong)flags, Resolve = NoSymlinks | NoMagicLinks };
        while (true)
        {
            var fd = Openat2(SysOpenat2, CurrentFolder, fullPath, ref how, Marshal.SizeOf<OpenHow>());
            if (fd >= 0)
            {
                handle = new SafeFileHandle((nint)fd, ownsHandle: true);
                return LinkFreeAnswer.File;
            }

            switch (Marshal.GetLastPInvokeError())
            {
                case Interrupted:
                    continue;
                case NoEntry or NotAFolder or NameTooLong:
                    return LinkFreeAnswer.NotAFile;
                default:
                    // A link on the way (ELOOP), no openat2 (ENOSYS, or EPERM under some sandboxes), no permission:
                    // the caller's own way finds out which, and reports it as it always has.
                    return LinkFreeAnswer.Unknown;
            }
        }
    }

    /// <summary>The length of an opened plain file; null for a folder, a device or a pipe.</summary>
    private static long? Describe(SafeFileHandle handle)
    {
        Span<byte> found = stackalloc byte[StatxSize];
        if (Statx(handle, "", EmptyPath, TypeAndSize, found) != 0)
        {
            throw new IOException(Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()));
        }

        var mode = MemoryMarshal.Read<ushort>(found[ModeOffset..]);
        return (mode & FileType) == RegularFile ? (long)MemoryMarshal.Read<ulong>(found[SizeOffset..]) : null;
    }

    /// <summary>The kernel's struct open_how.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct OpenHow
    {
        public ulong Flags;
        public ulong Mode;
        public ulong Resolve;
    }

    [LibraryImport("libc", EntryPoint = "syscall", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial long Openat2(long number, long folder, string path, ref OpenHow how, nint size);

    [LibraryImport("libc", EntryPoint = "pread", SetLastError = true)]
    private static partial nint Pread(SafeFileHandle handle, Span<byte> bytes, nint count, long offset);

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(SafeFileHandle handle, string path, int flags, int mask, Span<byte> found);
}
