using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Movement.Core.IO;

/// <summary>
/// Files the build writes are created where none is, never opened with truncation: .NET truncates an opened file to
/// nothing even when it has just made it, and on ext4 a truncation to nothing has the file's data written out to
/// disk as it is closed, in case it is a file being replaced (the auto_da_alloc option). For a new folder of
/// 4,000 pages that was a flush for every one of 12,000 files.
/// </summary>
/// <remarks>
/// On Linux a new file is made and written with the system's own calls: open, write, (the caller's stat) and close.
/// .NET's file handles add a stat to refuse folders, a seek to learn whether the file can seek, and an advisory lock
/// taken and released for its sharing rules, none of which a file the build has just made exclusively needs: three
/// to four calls more for each of the four files a page, 7 µs a file here. Anything the direct call refuses (the file
/// is there, a folder is missing, no permission) is done again the .NET way, which recovers or reports it as before.
/// </remarks>
public static partial class NewFile
{
    private const int WriteOnly = 0x1, Create = 0x40, Exclusive = 0x80, CloseOnExec = 0x80000; // Linux, every architecture .NET runs on.
    private const int ReadWriteForAll = 0b110_110_110; // Less the process's umask, as every tool's new files.
    private const int Interrupted = 4;

    /// <summary>Where the direct calls are made: Linux, 64 bits (a file offset is then 64 bits in the C library too).</summary>
    private static bool Direct => OperatingSystem.IsLinux() && Environment.Is64BitProcess;

    /// <summary>Creates the file for writing; one someone made there meanwhile is deleted and replaced.</summary>
    public static SafeFileHandle Open(string path)
    {
        if (Direct && LinuxOpen(path, WriteOnly | Create | Exclusive | CloseOnExec, ReadWriteForAll) is var fd and >= 0)
        {
            return new SafeFileHandle(fd, ownsHandle: true);
        }

        try
        {
            return File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(path);
            return File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
    }

    /// <summary>Writes all the bytes at the start of a file just made by <see cref="Open"/>.</summary>
    public static void WriteAll(SafeFileHandle handle, ReadOnlySpan<byte> bytes, string path)
    {
        if (!Direct)
        {
            RandomAccess.Write(handle, bytes, fileOffset: 0);
            return;
        }

        var written = 0;
        while (written < bytes.Length)
        {
            var count = LinuxWrite(handle, bytes[written..], bytes.Length - written, written);
            if (count < 0)
            {
                var error = Marshal.GetLastPInvokeError();
                if (error == Interrupted)
                {
                    continue;
                }

                throw new IOException($"{Marshal.GetPInvokeErrorMessage(error)}: '{path}'", error);
            }

            written += (int)count;
        }
    }

    /// <summary>Creates the file with these bytes.</summary>
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        using var handle = Open(path);
        WriteAll(handle, bytes, path);
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int LinuxOpen(string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "pwrite", SetLastError = true)]
    private static partial nint LinuxWrite(SafeFileHandle handle, ReadOnlySpan<byte> bytes, nint count, long offset);
}
